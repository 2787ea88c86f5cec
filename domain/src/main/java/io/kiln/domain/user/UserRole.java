package io.kiln.domain.user;

/** Platform role of a user: admins manage the workspace, auditors read everything and change nothing. */
public enum UserRole {
  ADMIN,
  USER,
  AUDITOR
}

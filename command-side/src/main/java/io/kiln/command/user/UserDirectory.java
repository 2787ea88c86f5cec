package io.kiln.command.user;

/** The command side's own list of users, for rules that span aggregates. */
public interface UserDirectory {
  boolean exists(String userId);

  boolean usernameTaken(String username);

  boolean isEmpty();
}

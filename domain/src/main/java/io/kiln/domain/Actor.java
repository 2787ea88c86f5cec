package io.kiln.domain;

import io.kiln.domain.user.UserRole;
import java.util.Objects;

/** Who issues a command or a query: a user with their platform role, or a Kiln component. */
public record Actor(String id, UserRole role) {
  private static final String SYSTEM_PREFIX = "system:";

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }

  public static Actor system(String component) {
    return new Actor(SYSTEM_PREFIX + component, UserRole.ADMIN);
  }

  public boolean isSystem() {
    return id.startsWith(SYSTEM_PREFIX);
  }

  public boolean isAdmin() {
    return role == UserRole.ADMIN;
  }

  /** Admins and auditors see every resource; auditors change none. */
  public boolean seesEverything() {
    return role == UserRole.ADMIN || role == UserRole.AUDITOR;
  }

  public boolean is(String userId) {
    return id.equals(userId);
  }
}

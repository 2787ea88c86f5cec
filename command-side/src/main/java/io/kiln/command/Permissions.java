package io.kiln.command;

import io.kiln.domain.Actor;
import io.kiln.domain.KilnException;
import io.kiln.domain.user.UserRole;

/** Platform-level checks shared by aggregates. */
public final class Permissions {
  private Permissions() {}

  public static void requireAdmin(Actor actor, String what) {
    if (!actor.isAdmin()) {
      throw KilnException.forbidden("Only administrators may " + what);
    }
  }

  /** Auditors read everything and change nothing. */
  public static void requireWriter(Actor actor) {
    if (actor.role() == UserRole.AUDITOR) {
      throw KilnException.forbidden("Auditors cannot change anything");
    }
  }
}

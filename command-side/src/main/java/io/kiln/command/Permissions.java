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

  /** What the cluster observed is reported by Kiln's effectors (system actors) or by administrators. */
  public static void requireReporter(Actor actor) {
    requireAdmin(actor, "report what the cluster observed");
  }

  /** Auditors read everything and change nothing. */
  public static void requireWriter(Actor actor) {
    if (actor.role() == UserRole.AUDITOR) {
      throw KilnException.forbidden("Auditors cannot change anything");
    }
  }
}

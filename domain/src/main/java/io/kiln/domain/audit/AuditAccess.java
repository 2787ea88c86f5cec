package io.kiln.domain.audit;

import io.kiln.domain.Actor;
import io.kiln.domain.KilnException;

/** The audit trail as a whole is for administrators and auditors. */
public final class AuditAccess {
  private AuditAccess() {}

  public static void requireAuditReader(Actor actor) {
    if (!actor.seesEverything()) {
      throw KilnException.forbidden("Only administrators and auditors read the audit trail");
    }
  }
}

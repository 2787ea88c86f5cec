package io.kiln.web.cqrs;

import io.kiln.domain.KilnException;

/** A refusal by a command handler: already in the audit trail, recorded where the command was handled. */
public class CommandRefusedException extends KilnException {
  CommandRefusedException(KilnException refusal) {
    super(refusal.code(), refusal.getMessage(), refusal.violations(), refusal.details());
  }
}

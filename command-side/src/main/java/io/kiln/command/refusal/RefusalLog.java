package io.kiln.command.refusal;

import io.kiln.domain.audit.CommandRefusal;

/** Where refused commands are kept for the audit trail. */
public interface RefusalLog {
  void record(CommandRefusal refusal);
}

package io.kiln.domain.job;

import java.time.Instant;

/**
 * Who or what started a run: the user ({@code MANUAL}), the schedule and the firing time it was for
 * ({@code SCHEDULE}), or a parent's run ({@code PARENT}; {@code rootRunId} names the run whose failure a skip
 * passes on). Fields that do not belong to the kind are null.
 */
public record RunTrigger(RunTriggerKind kind, String userId, Instant scheduledFor, String parentJobId,
                         String parentRunId, String rootRunId) {
  public static RunTrigger manual(String userId) {
    return new RunTrigger(RunTriggerKind.MANUAL, userId, null, null, null, null);
  }

  public static RunTrigger schedule(Instant scheduledFor) {
    return new RunTrigger(RunTriggerKind.SCHEDULE, null, scheduledFor, null, null, null);
  }

  public static RunTrigger parent(String parentJobId, String parentRunId, String rootRunId) {
    return new RunTrigger(RunTriggerKind.PARENT, null, null, parentJobId, parentRunId, rootRunId);
  }
}

package io.kiln.command.job;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Ids of runs that processes start, derived from what starts them: a deadline delivered twice names the same run, and
 * the job, which remembers the runs it started, starts it once.
 */
final class RunIds {
  private RunIds() {}

  static String scheduled(String jobId, Instant scheduledFor) {
    return of("schedule", jobId, scheduledFor.toString());
  }

  static String afterParents(String jobId, String parentRunId) {
    return of("parents", jobId, parentRunId);
  }

  static String skippedAfter(String jobId, String rootRunId) {
    return of("skip", jobId, rootRunId);
  }

  private static String of(String kind, String jobId, String cause) {
    return UUID.nameUUIDFromBytes((kind + ":" + jobId + ":" + cause).getBytes(StandardCharsets.UTF_8)).toString();
  }
}

package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.JOB_RUN;
import static io.kiln.query.jooq.Tables.JOB_RUN_ATTEMPT;

import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobRunState;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.RunTrigger;
import io.kiln.query.job.JobJson;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The rows of runs and attempts as their events create and change them; each write is idempotent. */
final class JobRunRows {
  private final DSLContext dsl;

  JobRunRows(DSLContext dsl) {
    this.dsl = dsl;
  }

  void insert(JobRunScheduledEvent e, Instant at, long version) {
    Map<Field<?>, Object> row = common(e.runId(), e.jobId(), e.projectId(), e.ownerId(), e.jobName(), e.trigger(),
        JobRunState.SCHEDULING, at, version);
    row.put(JOB_RUN.RUNTIME_ID, UUID.fromString(e.runtimeId()));
    row.put(JOB_RUN.RUNTIME_NAME, e.runtimeName());
    row.put(JOB_RUN.IMAGE, e.image());
    row.put(JOB_RUN.RUNTIME_DEPRECATED, e.runtimeDeprecated());
    row.put(JOB_RUN.PROFILE_ID, UUID.fromString(e.profileId()));
    row.put(JOB_RUN.PROFILE_NAME, e.profileName());
    row.put(JOB_RUN.CPU_MILLIS, e.resources().cpuMillis());
    row.put(JOB_RUN.MEMORY_MIB, e.resources().memoryMiB());
    row.put(JOB_RUN.GPUS, e.resources().gpus());
    row.put(JOB_RUN.GPU_TYPE, e.resources().gpuType());
    row.put(JOB_RUN.SCRIPT, e.script());
    row.put(JOB_RUN.ARGUMENTS, JobJson.write(e.arguments()));
    row.put(JOB_RUN.TIMEOUT_SECONDS, e.timeoutSeconds());
    row.putAll(retry(e.retry()));
    row.put(JOB_RUN.ATTEMPT, 1);
    dsl.insertInto(JOB_RUN).set(row).onConflict(JOB_RUN.RUN_ID).doNothing().execute();
  }

  void insert(JobRunSkippedEvent e, Instant at, long version) {
    Map<Field<?>, Object> row = common(e.runId(), e.jobId(), e.projectId(), e.ownerId(), e.jobName(), e.trigger(),
        JobRunState.SKIPPED, at, version);
    row.put(JOB_RUN.TIMEOUT_SECONDS, 0L);
    row.putAll(retry(RetryPolicy.NONE));
    row.put(JOB_RUN.ATTEMPT, 0);
    row.put(JOB_RUN.SKIP_REASON, e.reason().name());
    row.put(JOB_RUN.REASON, e.detail() == null || e.detail().length() <= 1000 ? e.detail()
        : e.detail().substring(0, 1000));
    row.put(JOB_RUN.FINISHED_AT, utc(at));
    dsl.insertInto(JOB_RUN).set(row).onConflict(JOB_RUN.RUN_ID).doNothing().execute();
  }

  void attemptBegan(String runId, int attempt, Instant at) {
    dsl.insertInto(JOB_RUN_ATTEMPT)
        .set(JOB_RUN_ATTEMPT.RUN_ID, UUID.fromString(runId))
        .set(JOB_RUN_ATTEMPT.ATTEMPT, attempt)
        .set(JOB_RUN_ATTEMPT.STATE, JobRunState.SCHEDULING.name())
        .set(JOB_RUN_ATTEMPT.STARTED_AT, utc(at))
        .onConflictDoNothing()
        .execute();
  }

  void attempt(String runId, int attempt, JobRunState state, FailureKind failure, Integer exitCode, String reason,
               Instant endedAt) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(JOB_RUN_ATTEMPT.STATE, state.name());
    if (endedAt != null) {
      changes.put(JOB_RUN_ATTEMPT.FAILURE, failure == null ? null : failure.name());
      changes.put(JOB_RUN_ATTEMPT.EXIT_CODE, exitCode);
      changes.put(JOB_RUN_ATTEMPT.REASON, reason);
      changes.put(JOB_RUN_ATTEMPT.ENDED_AT, utc(endedAt));
    }
    dsl.update(JOB_RUN_ATTEMPT).set(changes)
        .where(JOB_RUN_ATTEMPT.RUN_ID.eq(UUID.fromString(runId))).and(JOB_RUN_ATTEMPT.ATTEMPT.eq(attempt))
        .execute();
  }

  /** The attempt under way, if one is (none while a run waits for its retry). */
  void liveAttempt(String runId, JobRunState state, Instant endedAt) {
    dsl.update(JOB_RUN_ATTEMPT).set(JOB_RUN_ATTEMPT.STATE, state.name())
        .set(JOB_RUN_ATTEMPT.ENDED_AT, utc(endedAt))
        .where(JOB_RUN_ATTEMPT.RUN_ID.eq(UUID.fromString(runId))).and(JOB_RUN_ATTEMPT.ENDED_AT.isNull())
        .execute();
  }

  private static Map<Field<?>, Object> common(String runId, String jobId, String projectId, String ownerId,
                                              String jobName, RunTrigger trigger, JobRunState state, Instant at,
                                              long version) {
    Map<Field<?>, Object> row = new HashMap<>();
    row.put(JOB_RUN.RUN_ID, UUID.fromString(runId));
    row.put(JOB_RUN.JOB_ID, UUID.fromString(jobId));
    row.put(JOB_RUN.PROJECT_ID, UUID.fromString(projectId));
    row.put(JOB_RUN.OWNER_ID, UUID.fromString(ownerId));
    row.put(JOB_RUN.JOB_NAME, jobName);
    row.put(JOB_RUN.STATE, state.name());
    row.put(JOB_RUN.TRIGGER_KIND, trigger.kind().name());
    row.put(JOB_RUN.TRIGGERED_BY, uuid(trigger.userId()));
    row.put(JOB_RUN.SCHEDULED_FOR, utc(trigger.scheduledFor()));
    row.put(JOB_RUN.PARENT_JOB_ID, uuid(trigger.parentJobId()));
    row.put(JOB_RUN.PARENT_RUN_ID, uuid(trigger.parentRunId()));
    row.put(JOB_RUN.ROOT_RUN_ID, uuid(trigger.rootRunId()));
    row.put(JOB_RUN.RUNTIME_DEPRECATED, false);
    row.put(JOB_RUN.CREATED_AT, utc(at));
    row.put(JOB_RUN.UPDATED_AT, utc(at));
    row.put(JOB_RUN.VERSION, version);
    return row;
  }

  private static Map<Field<?>, Object> retry(RetryPolicy retry) {
    return Map.of(JOB_RUN.MAX_ATTEMPTS, retry.maxAttempts(), JOB_RUN.RETRY_DELAY_SECONDS, retry.delaySeconds(),
        JOB_RUN.RETRY_ON, JobJson.retryOn(retry.on()));
  }

  private static UUID uuid(String id) {
    return id == null ? null : UUID.fromString(id);
  }
}

package io.kiln.query.job;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.JOB_RUN;
import static io.kiln.query.jooq.Tables.JOB_RUN_ATTEMPT;
import static io.kiln.query.job.JobViews.instant;

import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobRunAttemptView;
import io.kiln.domain.job.JobRunState;
import io.kiln.domain.job.JobRunView;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.RunTriggerKind;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.workload.Resources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads run rows with their attempts and who triggered them; projectors use it to publish changes. */
public final class JobRunViews {
  private final DSLContext dsl;

  public JobRunViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<JobRunView> byId(String runId) {
    return select().where(JOB_RUN.RUN_ID.eq(UUID.fromString(runId))).fetchOptional()
        .map(r -> views(List.of(r)).get(0));
  }

  SelectJoinStep<Record> select() {
    return dsl.select(JOB_RUN.fields()).select(APP_USER.USERNAME).from(JOB_RUN)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(JOB_RUN.TRIGGERED_BY));
  }

  List<JobRunView> views(List<Record> rows) {
    List<UUID> ids = rows.stream().map(r -> r.get(JOB_RUN.RUN_ID)).toList();
    Map<UUID, List<JobRunAttemptView>> attempts = dsl.selectFrom(JOB_RUN_ATTEMPT)
        .where(JOB_RUN_ATTEMPT.RUN_ID.in(ids)).orderBy(JOB_RUN_ATTEMPT.ATTEMPT).fetch().stream()
        .collect(Collectors.groupingBy(a -> a.getRunId(), Collectors.mapping(a -> new JobRunAttemptView(
            a.getAttempt(), JobRunState.valueOf(a.getState()), enumOf(FailureKind.class, a.getFailure()),
            a.getExitCode(), a.getReason(), instant(a.getStartedAt()), instant(a.getEndedAt())),
            Collectors.toList())));
    return rows.stream().map(r -> view(r, attempts.getOrDefault(r.get(JOB_RUN.RUN_ID), List.of()))).toList();
  }

  private static JobRunView view(Record r, List<JobRunAttemptView> attempts) {
    Resources resources = r.get(JOB_RUN.CPU_MILLIS) == null ? null : new Resources(r.get(JOB_RUN.CPU_MILLIS),
        r.get(JOB_RUN.MEMORY_MIB), r.get(JOB_RUN.GPUS), r.get(JOB_RUN.GPU_TYPE));
    return new JobRunView(r.get(JOB_RUN.RUN_ID).toString(), r.get(JOB_RUN.JOB_ID).toString(),
        r.get(JOB_RUN.PROJECT_ID).toString(), r.get(JOB_RUN.JOB_NAME), r.get(JOB_RUN.OWNER_ID).toString(),
        JobRunState.valueOf(r.get(JOB_RUN.STATE)), trigger(r), r.get(APP_USER.USERNAME),
        text(r.get(JOB_RUN.RUNTIME_ID)), r.get(JOB_RUN.RUNTIME_NAME), r.get(JOB_RUN.IMAGE), text(r.get(JOB_RUN.PROFILE_ID)),
        r.get(JOB_RUN.PROFILE_NAME), resources, r.get(JOB_RUN.SCRIPT), JobJson.strings(r.get(JOB_RUN.ARGUMENTS)),
        r.get(JOB_RUN.TIMEOUT_SECONDS), new RetryPolicy(r.get(JOB_RUN.MAX_ATTEMPTS),
            r.get(JOB_RUN.RETRY_DELAY_SECONDS), JobJson.retryOn(r.get(JOB_RUN.RETRY_ON))),
        r.get(JOB_RUN.ATTEMPT), instant(r.get(JOB_RUN.NEXT_ATTEMPT_AT)),
        enumOf(SkipReason.class, r.get(JOB_RUN.SKIP_REASON)), enumOf(StopReason.class, r.get(JOB_RUN.STOP_REASON)),
        enumOf(FailureKind.class, r.get(JOB_RUN.FAILURE)), r.get(JOB_RUN.EXIT_CODE), r.get(JOB_RUN.REASON),
        attempts, instant(r.get(JOB_RUN.CREATED_AT)), instant(r.get(JOB_RUN.UPDATED_AT)),
        instant(r.get(JOB_RUN.FINISHED_AT)), r.get(JOB_RUN.VERSION),
        r.get(JOB_RUN.RUNTIME_DEPRECATED) ? List.of("Runtime " + r.get(JOB_RUN.RUNTIME_NAME) + " is deprecated")
            : List.of());
  }

  private static RunTrigger trigger(Record r) {
    return new RunTrigger(RunTriggerKind.valueOf(r.get(JOB_RUN.TRIGGER_KIND)), text(r.get(JOB_RUN.TRIGGERED_BY)),
        instant(r.get(JOB_RUN.SCHEDULED_FOR)), text(r.get(JOB_RUN.PARENT_JOB_ID)),
        text(r.get(JOB_RUN.PARENT_RUN_ID)), text(r.get(JOB_RUN.ROOT_RUN_ID)));
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}

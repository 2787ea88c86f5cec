package io.kiln.query.job;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.JOB;
import static io.kiln.query.jooq.Tables.RESOURCE_PROFILE;
import static io.kiln.query.jooq.Tables.RUNTIME;

import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.JobRules;
import io.kiln.domain.job.JobRunState;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobView;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.TriggerType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads job rows with the names of their owner, runtime and profile; projectors use it to publish changes. */
public final class JobViews {
  private static final Field<String> RUNTIME_NAME = RUNTIME.NAME.as("runtime_name");
  private static final Field<String> PROFILE_NAME = RESOURCE_PROFILE.NAME.as("profile_name");
  private final DSLContext dsl;

  public JobViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<JobView> byId(String jobId) {
    return select().where(JOB.JOB_ID.eq(UUID.fromString(jobId))).fetchOptional().map(JobViews::view);
  }

  SelectJoinStep<Record> select() {
    return dsl.select(JOB.fields()).select(APP_USER.USERNAME, RUNTIME_NAME, PROFILE_NAME).from(JOB)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(JOB.OWNER_ID))
        .leftJoin(RUNTIME).on(RUNTIME.RUNTIME_ID.eq(JOB.RUNTIME_ID))
        .leftJoin(RESOURCE_PROFILE).on(RESOURCE_PROFILE.PROFILE_ID.eq(JOB.PROFILE_ID));
  }

  static List<JobView> views(List<Record> rows) {
    return rows.stream().map(JobViews::view).toList();
  }

  static JobView view(Record r) {
    JobTrigger trigger = trigger(r);
    boolean paused = r.get(JOB.PAUSED);
    return new JobView(r.get(JOB.JOB_ID).toString(), r.get(JOB.PROJECT_ID).toString(),
        r.get(JOB.OWNER_ID).toString(), r.get(APP_USER.USERNAME), r.get(JOB.NAME), r.get(JOB.SCRIPT),
        JobJson.strings(r.get(JOB.ARGUMENTS)), JobJson.environment(r.get(JOB.ENVIRONMENT)),
        r.get(JOB.RUNTIME_ID).toString(), r.get(RUNTIME_NAME), r.get(JOB.PROFILE_ID).toString(),
        r.get(PROFILE_NAME), r.get(JOB.TIMEOUT_SECONDS), new RetryPolicy(r.get(JOB.MAX_ATTEMPTS),
            r.get(JOB.RETRY_DELAY_SECONDS), JobJson.retryOn(r.get(JOB.RETRY_ON))), trigger,
        JobJson.notifications(r.get(JOB.NOTIFICATIONS)), paused, r.get(JOB.DELETED),
        paused || r.get(JOB.DELETED) ? null : nextRun(trigger), r.get(JOB.LAST_RUN_ID) == null ? null
            : r.get(JOB.LAST_RUN_ID).toString(),
        r.get(JOB.LAST_RUN_STATE) == null ? null : JobRunState.valueOf(r.get(JOB.LAST_RUN_STATE)),
        instant(r.get(JOB.LAST_RUN_AT)), instant(r.get(JOB.CREATED_AT)), instant(r.get(JOB.UPDATED_AT)),
        r.get(JOB.VERSION));
  }

  private static JobTrigger trigger(Record r) {
    TriggerType type = TriggerType.valueOf(r.get(JOB.TRIGGER_TYPE));
    return new JobTrigger(type, r.get(JOB.CRON), r.get(JOB.TIME_ZONE),
        r.get(JOB.CONCURRENCY) == null ? null : ConcurrencyPolicy.valueOf(r.get(JOB.CONCURRENCY)),
        JobJson.strings(r.get(JOB.PARENT_JOB_IDS)));
  }

  private static Instant nextRun(JobTrigger trigger) {
    if (trigger.type() != TriggerType.CRON) {
      return null;
    }
    return JobRules.schedule(trigger.cron()).next(Instant.now(), JobRules.zone(trigger.timeZone()));
  }

  static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}

package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.JOB;

import io.kiln.domain.job.FindJobQuery;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobDefinitionChangedEvent;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobNotificationsChangedEvent;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobRenamedEvent;
import io.kiln.domain.job.JobResumedEvent;
import io.kiln.domain.job.JobRunState;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggerChangedEvent;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.job.ListJobsQuery;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.query.job.JobJson;
import io.kiln.query.job.JobViews;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.job} (with the state of each job's latest run, see {@link JobLastRunProjector}) and publishes
 * each changed job to live collections.
 */
@Component
@ProcessingGroup(JobProjector.GROUP)
public class JobProjector {
  public static final String GROUP = "jobs-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final JobViews views;

  JobProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new JobViews(dsl);
  }

  @EventHandler
  void on(JobCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    Map<Field<?>, Object> row = new HashMap<>();
    row.put(JOB.JOB_ID, UUID.fromString(e.jobId()));
    row.put(JOB.PROJECT_ID, UUID.fromString(e.projectId()));
    row.put(JOB.OWNER_ID, UUID.fromString(e.ownerId()));
    row.put(JOB.NAME, e.name());
    row.put(JOB.NAME_KEY, e.name().toLowerCase(Locale.ROOT));
    row.putAll(definition(e.definition()));
    row.putAll(trigger(e.trigger()));
    row.put(JOB.NOTIFICATIONS, JobJson.write(e.notifications()));
    row.put(JOB.PAUSED, false);
    row.put(JOB.DELETED, false);
    row.put(JOB.CREATED_AT, utc(at));
    row.put(JOB.UPDATED_AT, utc(at));
    row.put(JOB.VERSION, version);
    dsl.insertInto(JOB).set(row).onConflict(JOB.JOB_ID).doNothing().execute();
    changed(e.jobId(), version);
  }

  @EventHandler
  void on(JobRenamedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, Map.of(JOB.NAME, e.name(), JOB.NAME_KEY, e.name().toLowerCase(Locale.ROOT)));
  }

  @EventHandler
  void on(JobDefinitionChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, definition(e.definition()));
  }

  @EventHandler
  void on(JobTriggerChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, trigger(e.trigger()));
  }

  @EventHandler
  void on(JobNotificationsChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, Map.of(JOB.NOTIFICATIONS, JobJson.write(e.notifications())));
  }

  @EventHandler
  void on(JobPausedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, Map.of(JOB.PAUSED, true));
  }

  @EventHandler
  void on(JobResumedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, Map.of(JOB.PAUSED, false));
  }

  @EventHandler
  void on(JobDeletedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.jobId(), at, version, Map.of(JOB.DELETED, true));
  }

  @EventHandler
  void on(JobTriggeredEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    JobRunState state = e.skipped() == null ? JobRunState.SCHEDULING : JobRunState.SKIPPED;
    update(e.jobId(), at, version, Map.of(JOB.LAST_RUN_ID, UUID.fromString(e.runId()),
        JOB.LAST_RUN_STATE, state.name(), JOB.LAST_RUN_AT, utc(at)));
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.JOBS);
    dsl.deleteFrom(JOB).execute();
  }

  /** The latest run of some job changed state: show it on that job. */
  void lastRunChanged(String runId, JobRunState state) {
    dsl.update(JOB).set(JOB.LAST_RUN_STATE, state.name()).where(JOB.LAST_RUN_ID.eq(UUID.fromString(runId)))
        .returningResult(JOB.JOB_ID).fetch()
        .forEach(job -> publish(job.value1().toString()));
  }

  private static Map<Field<?>, Object> definition(JobDefinition d) {
    Map<Field<?>, Object> row = new HashMap<>();
    row.put(JOB.SCRIPT, d.script());
    row.put(JOB.ARGUMENTS, JobJson.write(d.arguments()));
    row.put(JOB.ENVIRONMENT, JobJson.environment(d.environment()));
    row.put(JOB.RUNTIME_ID, UUID.fromString(d.runtimeId()));
    row.put(JOB.PROFILE_ID, UUID.fromString(d.profileId()));
    row.put(JOB.TIMEOUT_SECONDS, d.timeoutSeconds());
    row.put(JOB.MAX_ATTEMPTS, d.retry().maxAttempts());
    row.put(JOB.RETRY_DELAY_SECONDS, d.retry().delaySeconds());
    row.put(JOB.RETRY_ON, JobJson.retryOn(d.retry().on()));
    return row;
  }

  private static Map<Field<?>, Object> trigger(JobTrigger t) {
    Map<Field<?>, Object> row = new HashMap<>();
    row.put(JOB.TRIGGER_TYPE, t.type().name());
    row.put(JOB.CRON, t.cron());
    row.put(JOB.TIME_ZONE, t.timeZone());
    row.put(JOB.CONCURRENCY, t.concurrency() == null ? null : t.concurrency().name());
    row.put(JOB.PARENT_JOB_IDS, t.parentJobIds() == null ? null : JobJson.write(t.parentJobIds()));
    return row;
  }

  private void update(String jobId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, JOB, JOB.JOB_ID, jobId, JOB.UPDATED_AT, JOB.VERSION, at, version, changes);
    changed(jobId, version);
  }

  private void changed(String jobId, long version) {
    updates.applied(ReadModels.JOBS, jobId, version);
    publish(jobId);
  }

  private void publish(String jobId) {
    views.byId(jobId).ifPresent(view -> {
      live.publish(ListJobsQuery.class, q -> q.projectId().equals(view.projectId()), view);
      live.publish(FindJobQuery.class, q -> q.jobId().equals(view.id()), view);
    });
  }
}

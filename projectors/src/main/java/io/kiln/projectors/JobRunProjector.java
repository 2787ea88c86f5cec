package io.kiln.projectors;

import static io.kiln.projectors.Times.utc;
import static io.kiln.query.jooq.Tables.JOB_RUN;
import static io.kiln.query.jooq.Tables.JOB_RUN_ATTEMPT;

import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.FindJobRunQuery;
import io.kiln.domain.job.JobRunAttemptFailedEvent;
import io.kiln.domain.job.JobRunAttemptStartedEvent;
import io.kiln.domain.job.JobRunFailedEvent;
import io.kiln.domain.job.JobRunRunningEvent;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobRunStartingEvent;
import io.kiln.domain.job.JobRunState;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobRunStoppedEvent;
import io.kiln.domain.job.JobRunSucceededEvent;
import io.kiln.domain.job.JobRunTimedOutEvent;
import io.kiln.domain.job.ListJobRunsQuery;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.query.job.JobRunViews;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.job_run} and its attempts, and publishes each changed run to live collections. */
@Component
@ProcessingGroup(JobRunProjector.GROUP)
public class JobRunProjector {
  public static final String GROUP = "job-runs-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final JobRunViews views;
  private final JobRunRows rows;

  JobRunProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new JobRunViews(dsl);
    this.rows = new JobRunRows(dsl);
  }

  @EventHandler
  void on(JobRunScheduledEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.insert(e, at, version);
    rows.attemptBegan(e.runId(), 1, at);
    changed(e.runId(), version);
  }

  @EventHandler
  void on(JobRunSkippedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.insert(e, at, version);
    changed(e.runId(), version);
  }

  @EventHandler
  void on(JobRunStartingEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attempt(e.runId(), e.attempt(), JobRunState.STARTING, null, null, null, null);
    update(e.runId(), at, version, Map.of(JOB_RUN.STATE, JobRunState.STARTING.name()));
  }

  @EventHandler
  void on(JobRunRunningEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attempt(e.runId(), e.attempt(), JobRunState.RUNNING, null, null, null, null);
    update(e.runId(), at, version, Map.of(JOB_RUN.STATE, JobRunState.RUNNING.name()));
  }

  @EventHandler
  void on(JobRunAttemptFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attempt(e.runId(), e.attempt(), e.failure() == FailureKind.TIMEOUT ? JobRunState.TIMEDOUT
        : JobRunState.FAILED, e.failure(), e.exitCode(), e.reason(), at);
    update(e.runId(), at, version, Map.of(JOB_RUN.STATE, JobRunState.SCHEDULING.name(),
        JOB_RUN.NEXT_ATTEMPT_AT, utc(e.retryAt())));
  }

  @EventHandler
  void on(JobRunAttemptStartedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attemptBegan(e.runId(), e.attempt(), at);
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(JOB_RUN.ATTEMPT, e.attempt());
    changes.put(JOB_RUN.NEXT_ATTEMPT_AT, null);
    update(e.runId(), at, version, changes);
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.liveAttempt(e.runId(), JobRunState.STOPPING, null);
    update(e.runId(), at, version, Map.of(JOB_RUN.STATE, JobRunState.STOPPING.name(),
        JOB_RUN.STOP_REASON, e.reason().name()));
  }

  @EventHandler
  void on(JobRunSucceededEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attempt(e.runId(), e.attempt(), JobRunState.SUCCEEDED, null, 0, null, at);
    ended(e.runId(), at, version, JobRunState.SUCCEEDED, Map.of(JOB_RUN.EXIT_CODE, 0));
  }

  @EventHandler
  void on(JobRunFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attempt(e.runId(), e.attempt(), JobRunState.FAILED, e.failure(), e.exitCode(), e.reason(), at);
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(JOB_RUN.FAILURE, e.failure().name());
    changes.put(JOB_RUN.EXIT_CODE, e.exitCode());
    changes.put(JOB_RUN.REASON, e.reason());
    ended(e.runId(), at, version, JobRunState.FAILED, changes);
  }

  @EventHandler
  void on(JobRunTimedOutEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.attempt(e.runId(), e.attempt(), JobRunState.TIMEDOUT, FailureKind.TIMEOUT, null, null, at);
    ended(e.runId(), at, version, JobRunState.TIMEDOUT, Map.of(JOB_RUN.FAILURE, FailureKind.TIMEOUT.name()));
  }

  @EventHandler
  void on(JobRunStoppedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    rows.liveAttempt(e.runId(), JobRunState.STOPPED, at);
    ended(e.runId(), at, version, JobRunState.STOPPED, Map.of());
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.JOB_RUNS);
    dsl.deleteFrom(JOB_RUN_ATTEMPT).execute();
    dsl.deleteFrom(JOB_RUN).execute();
  }

  private void ended(String runId, Instant at, long version, JobRunState state, Map<Field<?>, Object> more) {
    Map<Field<?>, Object> changes = new HashMap<>(more);
    changes.put(JOB_RUN.STATE, state.name());
    changes.put(JOB_RUN.FINISHED_AT, utc(at));
    changes.put(JOB_RUN.NEXT_ATTEMPT_AT, null);
    update(runId, at, version, changes);
  }

  private void update(String runId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, JOB_RUN, JOB_RUN.RUN_ID, runId, JOB_RUN.UPDATED_AT, JOB_RUN.VERSION, at, version, changes);
    changed(runId, version);
  }

  private void changed(String runId, long version) {
    updates.applied(ReadModels.JOB_RUNS, runId, version);
    views.byId(runId).ifPresent(view -> {
      live.publish(ListJobRunsQuery.class, q -> q.jobId().equals(view.jobId()), view);
      live.publish(FindJobRunQuery.class, q -> q.runId().equals(view.id()), view);
    });
  }
}

package io.kiln.command.job;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.command.project.Access;
import io.kiln.command.project.ProjectAccess;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.FailureKind;
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
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.domain.job.ReportJobRunRunningCommand;
import io.kiln.domain.job.ReportJobRunStartingCommand;
import io.kiln.domain.job.ReportJobRunStoppedCommand;
import io.kiln.domain.job.ReportJobRunSucceededCommand;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.StopJobRunCommand;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.project.ProjectRole;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One run of a job, through its attempts: its lifecycle as the cluster reports it, each attempt bounded by the job's
 * timeout (a deadline), a failed attempt retried after the policy's delay (a deadline), stopped by people or by its
 * job. Its job creates it.
 */
@Aggregate
public class JobRun {

  @AggregateIdentifier
  private String runId;
  private String jobId;
  private String projectId;
  private JobRunState state;
  private int attempt;
  private boolean betweenAttempts;
  private long timeoutSeconds;
  private RetryPolicy retry;

  protected JobRun() {}

  JobRun(JobRunScheduledEvent started, DeadlineManager deadlines, JobClock clock) {
    apply(started);
    JobDeadlines.timeOut(deadlines, clock.now().plusSeconds(started.timeoutSeconds()), 1);
  }

  JobRun(JobRunSkippedEvent skipped) {
    apply(skipped);
  }

  @CommandHandler
  public long handle(StopJobRunCommand command, Actor actor, ProjectAccess projects) {
    Access access = projects.of(projectId, actor);
    new Access(access.visible(), access.role(), false).require(actor, ProjectRole.OPERATOR, "stop job runs");
    if (state.isFinal()) {
      throw new KilnException(ErrorCode.INVALID_STATE, "The run has already ended (" + state + ")");
    }
    requestStop(StopReason.USER);
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportJobRunStartingCommand command, Actor actor) {
    return report(actor, command.attempt(), () -> state == JobRunState.SCHEDULING,
        () -> apply(new JobRunStartingEvent(runId, attempt)));
  }

  @CommandHandler
  public long handle(ReportJobRunRunningCommand command, Actor actor) {
    return report(actor, command.attempt(), () -> state == JobRunState.SCHEDULING || state == JobRunState.STARTING,
        () -> apply(new JobRunRunningEvent(runId, attempt)));
  }

  @CommandHandler
  public long handle(ReportJobRunSucceededCommand command, Actor actor) {
    return report(actor, command.attempt(), () -> !state.isFinal(),
        () -> apply(new JobRunSucceededEvent(runId, jobId, attempt)));
  }

  @CommandHandler
  public long handle(ReportJobRunFailedCommand command, Actor actor, DeadlineManager deadlines, JobClock clock) {
    Reports.checkFailure(command.exitCode());
    return report(actor, command.attempt(), () -> !state.isFinal(), () -> {
      if (state == JobRunState.STOPPING) {
        apply(new JobRunStoppedEvent(runId, jobId, attempt));
      } else {
        fail(command.exitCode() == null ? FailureKind.SYSTEM_FAILURE : FailureKind.SCRIPT_FAILURE,
            command.exitCode(), Reports.reason(command.reason(), command.exitCode()), deadlines, clock);
      }
    });
  }

  @CommandHandler
  public long handle(ReportJobRunStoppedCommand command, Actor actor) {
    return report(actor, command.attempt(), () -> state == JobRunState.STOPPING,
        () -> apply(new JobRunStoppedEvent(runId, jobId, attempt)));
  }

  @DeadlineHandler(deadlineName = JobDeadlines.RUN_TIMEOUT)
  void timedOut(AttemptDeadline deadline, DeadlineManager deadlines, JobClock clock) {
    if (deadline.attempt() == attempt && !betweenAttempts && state.holdsResources()) {
      fail(FailureKind.TIMEOUT, null, "Still running after the job's timeout of " + timeoutSeconds + " s",
          deadlines, clock);
    }
  }

  @DeadlineHandler(deadlineName = JobDeadlines.RUN_RETRY)
  void retryDue(AttemptDeadline deadline, DeadlineManager deadlines, JobClock clock) {
    if (betweenAttempts && deadline.attempt() == attempt + 1 && state == JobRunState.SCHEDULING) {
      apply(new JobRunAttemptStartedEvent(runId, deadline.attempt()));
      JobDeadlines.timeOut(deadlines, clock.now().plusSeconds(timeoutSeconds), deadline.attempt());
    }
  }

  @DeadlineHandler(deadlineName = JobDeadlines.RUN_STOP)
  void stopAsked(StopRun stop) {
    if (!state.isFinal()) {
      requestStop(stop.reason());
    }
  }

  private void requestStop(StopReason reason) {
    if (state == JobRunState.STOPPING) {
      return;
    }
    apply(new JobRunStopRequestedEvent(runId, reason));
    if (betweenAttempts) {
      apply(new JobRunStoppedEvent(runId, jobId, attempt));
    }
  }

  private void fail(FailureKind failure, Integer exitCode, String reason, DeadlineManager deadlines,
                    JobClock clock) {
    if (retry.retries(failure, attempt)) {
      Instant retryAt = clock.now().plusSeconds(retry.delaySeconds());
      apply(new JobRunAttemptFailedEvent(runId, attempt, failure, exitCode, reason, retryAt));
      deadlines.schedule(retryAt, JobDeadlines.RUN_RETRY, new AttemptDeadline(attempt + 1));
    } else if (failure == FailureKind.TIMEOUT) {
      apply(new JobRunTimedOutEvent(runId, jobId, attempt));
    } else {
      apply(new JobRunFailedEvent(runId, jobId, attempt, failure, exitCode, reason));
    }
  }

  /**
   * A report from a reporter changes the run when it is about the attempt under way and {@code advances} it; a report
   * of an earlier attempt, or of a state the run is past, is stale and changes nothing.
   */
  private long report(Actor actor, Integer reportedAttempt, BooleanSupplier advances, Runnable change) {
    Reports.check(actor, reportedAttempt);
    if (!betweenAttempts && (reportedAttempt == null || reportedAttempt == attempt) && advances.getAsBoolean()) {
      change.run();
    }
    return getVersion();
  }

  @EventSourcingHandler
  void on(JobRunScheduledEvent event) {
    runId = event.runId();
    jobId = event.jobId();
    projectId = event.projectId();
    state = JobRunState.SCHEDULING;
    attempt = 1;
    timeoutSeconds = event.timeoutSeconds();
    retry = event.retry();
  }

  @EventSourcingHandler
  void on(JobRunSkippedEvent event) {
    runId = event.runId();
    jobId = event.jobId();
    projectId = event.projectId();
    state = JobRunState.SKIPPED;
  }

  @EventSourcingHandler
  void on(JobRunStartingEvent event) {
    state = JobRunState.STARTING;
  }

  @EventSourcingHandler
  void on(JobRunRunningEvent event) {
    state = JobRunState.RUNNING;
  }

  @EventSourcingHandler
  void on(JobRunAttemptFailedEvent event) {
    state = JobRunState.SCHEDULING;
    betweenAttempts = true;
  }

  @EventSourcingHandler
  void on(JobRunAttemptStartedEvent event) {
    attempt = event.attempt();
    betweenAttempts = false;
  }

  @EventSourcingHandler
  void on(JobRunStopRequestedEvent event) {
    state = JobRunState.STOPPING;
  }

  @EventSourcingHandler
  void on(JobRunSucceededEvent event) {
    state = JobRunState.SUCCEEDED;
  }

  @EventSourcingHandler
  void on(JobRunFailedEvent event) {
    state = JobRunState.FAILED;
  }

  @EventSourcingHandler
  void on(JobRunTimedOutEvent event) {
    state = JobRunState.TIMEDOUT;
  }

  @EventSourcingHandler
  void on(JobRunStoppedEvent event) {
    state = JobRunState.STOPPED;
  }
}

package io.kiln.command.job;

import io.kiln.domain.job.JobRules;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.job.TriggerType;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

/**
 * The persistent deadlines that drive jobs and runs, and how one part addresses another with them: the names are
 * stored with each deadline, keep them.
 */
final class JobDeadlines {
  static final String CRON = "job-cron";
  static final String PARENTS_SUCCEEDED = "job-parents-succeeded";
  static final String PARENT_FAILED = "job-parent-failed";
  static final String RUN_TIMEOUT = "job-run-timeout";
  static final String RUN_RETRY = "job-run-retry";
  static final String RUN_STOP = "job-run-stop";

  private JobDeadlines() {}

  static ScopeDescriptor job(String jobId) {
    return new AggregateScopeDescriptor(Job.class.getSimpleName(), jobId);
  }

  static ScopeDescriptor run(String runId) {
    return new AggregateScopeDescriptor(JobRun.class.getSimpleName(), runId);
  }

  /** The next firing of a cron trigger strictly after {@code from}: never one for a time already past. */
  static void armSchedule(DeadlineManager deadlines, Instant from, JobTrigger trigger, long generation) {
    if (trigger.type() == TriggerType.CRON) {
      Instant next = JobRules.schedule(trigger.cron()).next(from, JobRules.zone(trigger.timeZone()));
      deadlines.schedule(next, CRON, new CronTick(generation, next));
    }
  }

  /** The current run's attempt ends at {@code at} unless it ended before. */
  static void timeOut(DeadlineManager deadlines, Instant at, int attempt) {
    deadlines.schedule(at, RUN_TIMEOUT, new AttemptDeadline(attempt));
  }

  /** A job asks one of its runs to stop, in the job's own transaction. */
  static void stopRun(DeadlineManager deadlines, String runId, StopReason reason, Instant now) {
    deadlines.schedule(now, RUN_STOP, new StopRun(reason), run(runId));
  }
}

package io.kiln.projectors;

import io.kiln.domain.job.JobRunAttemptFailedEvent;
import io.kiln.domain.job.JobRunAttemptStartedEvent;
import io.kiln.domain.job.JobRunFailedEvent;
import io.kiln.domain.job.JobRunRunningEvent;
import io.kiln.domain.job.JobRunStartingEvent;
import io.kiln.domain.job.JobRunState;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobRunStoppedEvent;
import io.kiln.domain.job.JobRunSucceededEvent;
import io.kiln.domain.job.JobRunTimedOutEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Part of the jobs projection: each job shows the state of its latest run. */
@Component
@ProcessingGroup(JobProjector.GROUP)
class JobLastRunProjector {
  private final JobProjector jobs;

  JobLastRunProjector(JobProjector jobs) {
    this.jobs = jobs;
  }

  @EventHandler
  void on(JobRunStartingEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.STARTING);
  }

  @EventHandler
  void on(JobRunRunningEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.RUNNING);
  }

  @EventHandler
  void on(JobRunAttemptFailedEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.SCHEDULING);
  }

  @EventHandler
  void on(JobRunAttemptStartedEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.SCHEDULING);
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.STOPPING);
  }

  @EventHandler
  void on(JobRunSucceededEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.SUCCEEDED);
  }

  @EventHandler
  void on(JobRunFailedEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.FAILED);
  }

  @EventHandler
  void on(JobRunTimedOutEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.TIMEDOUT);
  }

  @EventHandler
  void on(JobRunStoppedEvent e) {
    jobs.lastRunChanged(e.runId(), JobRunState.STOPPED);
  }
}

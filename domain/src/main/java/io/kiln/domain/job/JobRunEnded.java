package io.kiln.domain.job;

/** A run's last event, whichever way it ended: succeeded, failed, timed out or stopped. */
public sealed interface JobRunEnded
    permits JobRunSucceededEvent, JobRunFailedEvent, JobRunTimedOutEvent, JobRunStoppedEvent {
  String runId();

  String jobId();
}

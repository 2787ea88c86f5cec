package io.kiln.command.job;

import io.kiln.domain.job.StopReason;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

/** A job asks one of its runs to stop by a deadline due now, stored with the job's own events. */
final class RunStops {
  private RunStops() {}

  static void ask(DeadlineManager deadlines, String runId, StopReason reason, Instant now) {
    deadlines.schedule(now, JobRun.STOP, new StopRun(reason), new AggregateScopeDescriptor(
        JobRun.class.getSimpleName(), runId));
  }
}

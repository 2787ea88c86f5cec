package io.kiln.command.job;

import io.kiln.command.LookupTables;
import io.kiln.command.quota.WorkloadUsage;
import io.kiln.domain.job.JobRunEnded;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.workload.WorkloadKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A run holds its job owner's quota from its start, through retries, until it is asked to stop, is replaced, or
 * ends.
 */
@Component
@ProcessingGroup(LookupTables.QUOTA_LEDGER)
class JobRunUsageUpdater {
  private final WorkloadUsage usage;

  JobRunUsageUpdater(WorkloadUsage usage) {
    this.usage = usage;
  }

  @EventHandler
  void on(JobRunScheduledEvent e) {
    usage.hold(e.runId(), e.ownerId(), WorkloadKind.JOB_RUN, e.resources());
  }

  @EventHandler
  void on(JobTriggeredEvent e) {
    e.replacedRunIds().forEach(usage::release);
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e) {
    usage.release(e.runId());
  }

  @EventHandler
  void on(JobRunEnded e) {
    usage.release(e.runId());
  }
}

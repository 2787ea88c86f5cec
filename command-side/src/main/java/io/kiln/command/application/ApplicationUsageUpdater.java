package io.kiln.command.application;

import io.kiln.command.LookupTables;
import io.kiln.command.quota.WorkloadUsage;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.domain.workload.WorkloadKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** An application holds its owner's quota while STARTING or RUNNING. */
@Component
@ProcessingGroup(LookupTables.QUOTA_LEDGER)
class ApplicationUsageUpdater {
  private final WorkloadUsage usage;

  ApplicationUsageUpdater(WorkloadUsage usage) {
    this.usage = usage;
  }

  @EventHandler
  void on(ApplicationCreatedEvent e) {
    usage.hold(e.applicationId(), e.ownerId(), WorkloadKind.APPLICATION, e.resources());
  }

  @EventHandler
  void on(ApplicationRestartRequestedEvent e) {
    usage.hold(e.applicationId(), e.ownerId(), WorkloadKind.APPLICATION, e.resources());
  }

  @EventHandler
  void on(ApplicationStopRequestedEvent e) {
    usage.release(e.applicationId());
  }

  @EventHandler
  void on(ApplicationStoppedEvent e) {
    usage.release(e.applicationId());
  }

  @EventHandler
  void on(ApplicationFailedEvent e) {
    usage.release(e.applicationId());
  }

  @EventHandler
  void on(ApplicationDeletedEvent e) {
    usage.release(e.applicationId());
  }
}

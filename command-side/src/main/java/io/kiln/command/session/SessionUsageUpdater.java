package io.kiln.command.session;

import io.kiln.command.LookupTables;
import io.kiln.command.quota.WorkloadUsage;
import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.domain.workload.WorkloadKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A session holds its owner's quota from its start request until it is asked to stop or ends. */
@Component
@ProcessingGroup(LookupTables.QUOTA_LEDGER)
class SessionUsageUpdater {
  private final WorkloadUsage usage;

  SessionUsageUpdater(WorkloadUsage usage) {
    this.usage = usage;
  }

  @EventHandler
  void on(SessionStartRequestedEvent e) {
    usage.hold(e.sessionId(), e.ownerId(), WorkloadKind.SESSION, e.resources());
  }

  @EventHandler
  void on(SessionStopRequestedEvent e) {
    usage.release(e.sessionId());
  }

  @EventHandler
  void on(SessionStoppedEvent e) {
    usage.release(e.sessionId());
  }

  @EventHandler
  void on(SessionFailedEvent e) {
    usage.release(e.sessionId());
  }
}

package io.kiln.command.quota;

import io.kiln.command.LookupTables;
import io.kiln.domain.quota.DefaultQuotaSetEvent;
import io.kiln.domain.quota.UserQuotaResetEvent;
import io.kiln.domain.quota.UserQuotaSetEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.QUOTA_LEDGER)
class QuotaLimitsUpdater {
  private final WorkloadUsage ledger;

  QuotaLimitsUpdater(WorkloadUsage ledger) {
    this.ledger = ledger;
  }

  @EventHandler
  void on(DefaultQuotaSetEvent e) {
    ledger.limit("*", e.cpuMillis(), e.memoryMiB(), e.gpus());
  }

  @EventHandler
  void on(UserQuotaSetEvent e) {
    ledger.limit(e.userId(), e.cpuMillis(), e.memoryMiB(), e.gpus());
  }

  @EventHandler
  void on(UserQuotaResetEvent e) {
    ledger.unlimit(e.userId());
  }
}

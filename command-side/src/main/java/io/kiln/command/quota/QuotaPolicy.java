package io.kiln.command.quota;

import static io.kiln.command.Permissions.requireAdmin;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.quota.DefaultQuotaSetEvent;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.SetDefaultQuotaCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The workspace's default quota: what every user without a quota of their own may hold at once. */
@Aggregate
public class QuotaPolicy {
  @AggregateIdentifier
  private String policyId;
  private QuotaLimits defaults = QuotaLimits.WORKSPACE_DEFAULT;

  public QuotaPolicy() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(SetDefaultQuotaCommand command, Actor actor) {
    requireAdmin(actor, "set quotas");
    QuotaLimits.check(command.cpuMillis(), command.memoryMiB(), command.gpus());
    QuotaLimits limits = new QuotaLimits(command.cpuMillis(), command.memoryMiB(), command.gpus());
    if (policyId == null || !limits.equals(defaults)) {
      apply(new DefaultQuotaSetEvent(command.policyId(), command.cpuMillis(), command.memoryMiB(), command.gpus()));
    }
    return getVersion();
  }

  @EventSourcingHandler
  void on(DefaultQuotaSetEvent event) {
    policyId = event.policyId();
    defaults = new QuotaLimits(event.cpuMillis(), event.memoryMiB(), event.gpus());
  }
}

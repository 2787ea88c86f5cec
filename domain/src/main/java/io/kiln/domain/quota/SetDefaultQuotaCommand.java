package io.kiln.domain.quota;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The quota of every user who has no quota of their own. */
public record SetDefaultQuotaCommand(@TargetAggregateIdentifier String policyId, long cpuMillis, long memoryMiB,
                                     int gpus) {
  public SetDefaultQuotaCommand(long cpuMillis, long memoryMiB, int gpus) {
    this(QuotaPolicyId.WORKSPACE, cpuMillis, memoryMiB, gpus);
  }
}

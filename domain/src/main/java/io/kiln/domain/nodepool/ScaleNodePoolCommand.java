package io.kiln.domain.nodepool;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The scaler's decision: the pool goes from {@code from} nodes (what the MachineDeployment asked for) to {@code to},
 * for {@code reason}; a scale-down names the idle {@code node} it removes.
 */
public record ScaleNodePoolCommand(@TargetAggregateIdentifier String name, int from, int to, String reason,
                                   String node) {}

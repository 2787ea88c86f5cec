package io.kiln.domain.nodepool;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator changes a pool's MachineDeployment, bounds or node label (all at once). */
public record ChangeNodePoolCommand(@TargetAggregateIdentifier String name, String machineDeployment,
                                    String namespace, int minNodes, int maxNodes, String nodeLabel) {}

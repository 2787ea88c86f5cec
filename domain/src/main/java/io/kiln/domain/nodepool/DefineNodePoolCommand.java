package io.kiln.domain.nodepool;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator defines a pool: the Cluster API MachineDeployment that grows it, its bounds and node label. */
public record DefineNodePoolCommand(@TargetAggregateIdentifier String name, String machineDeployment,
                                    String namespace, int minNodes, int maxNodes, String nodeLabel) {}

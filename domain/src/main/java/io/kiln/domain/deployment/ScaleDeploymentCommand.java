package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Run {@code replicas} (1–32) of the primary version; a canary keeps its share. */
public record ScaleDeploymentCommand(@TargetAggregateIdentifier DeploymentId deploymentId, Integer replicas) {}

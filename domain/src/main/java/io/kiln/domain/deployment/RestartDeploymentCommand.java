package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Roll the deployment's replicas again, or start a stopped or failed deployment anew. */
public record RestartDeploymentCommand(@TargetAggregateIdentifier DeploymentId deploymentId) {}

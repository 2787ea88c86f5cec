package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StopDeploymentCommand(@TargetAggregateIdentifier DeploymentId deploymentId) {}

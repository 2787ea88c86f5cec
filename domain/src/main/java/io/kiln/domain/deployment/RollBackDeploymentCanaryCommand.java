package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drop the canary: the primary version takes all calls again. */
public record RollBackDeploymentCanaryCommand(@TargetAggregateIdentifier DeploymentId deploymentId) {}

package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The canary's version becomes the primary version and takes all calls. */
public record PromoteDeploymentCanaryCommand(@TargetAggregateIdentifier DeploymentId deploymentId) {}

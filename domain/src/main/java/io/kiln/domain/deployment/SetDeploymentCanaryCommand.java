package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Route {@code percent} (0–100) of the calls to {@code modelVersion}, beside the primary version. */
public record SetDeploymentCanaryCommand(@TargetAggregateIdentifier DeploymentId deploymentId,
                                         Integer modelVersion, Integer percent) {}

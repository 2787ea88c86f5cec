package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Roll out another version of the model; the version deployed now serves until the new one is deployed. */
public record ChangeDeploymentVersionCommand(@TargetAggregateIdentifier DeploymentId deploymentId,
                                             Integer modelVersion) {}

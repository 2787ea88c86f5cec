package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportDeploymentStoppedCommand(@TargetAggregateIdentifier DeploymentId deploymentId,
                                             Integer generation) {}

package io.kiln.domain.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportDeploymentFailedCommand(@TargetAggregateIdentifier DeploymentId deploymentId, String reason,
                                            Integer generation) {}

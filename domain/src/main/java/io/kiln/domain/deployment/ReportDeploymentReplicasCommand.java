package io.kiln.domain.deployment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What the cluster observed of rollout {@code generation} (null: the current one) at {@code observedAt}: the replicas
 * it wants and those that are ready. Reports about earlier rollouts, and older observations, are stale.
 */
public record ReportDeploymentReplicasCommand(@TargetAggregateIdentifier DeploymentId deploymentId,
                                              Integer generation, Integer desiredReplicas, Integer readyReplicas,
                                              Instant observedAt) {}

package io.kiln.web.api.deployment;

import java.time.Instant;

/**
 * What the cluster observed of a deployment: {@code deploying} or {@code deployed} with the replicas it wants and
 * those ready (deployed without counts: all ready), {@code stopped}, or {@code failed} with a reason; for the rollout
 * {@code generation} (default: the current one), observed at {@code observedAt} (default: now).
 */
public record DeploymentReport(String state, Integer generation, Integer desiredReplicas, Integer readyReplicas,
                               Instant observedAt, String reason) {}

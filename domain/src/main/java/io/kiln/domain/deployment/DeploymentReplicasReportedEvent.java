package io.kiln.domain.deployment;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The cluster's observation of rollout {@code generation} at {@code observedAt}. */
@Revision("1")
public record DeploymentReplicasReportedEvent(String deploymentId, int generation, int desiredReplicas,
                                              int readyReplicas, Instant observedAt) {}

package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import org.axonframework.serialization.Revision;

/** Rollout {@code generation} rolls the replicas again, or starts a stopped or failed deployment anew. */
@Revision("1")
public record DeploymentRestartRequestedEvent(String deploymentId, String projectId, String ownerId, String modelName,
                                              int generation, Resources held) {}

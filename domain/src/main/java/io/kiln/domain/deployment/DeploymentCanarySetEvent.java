package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import org.axonframework.serialization.Revision;

/** Rollout {@code generation} routes {@code canaryPercent} of the calls to {@code canaryVersion}. */
@Revision("1")
public record DeploymentCanarySetEvent(String deploymentId, String ownerId, int generation, int canaryVersion,
                                       String canaryImage, int canaryPercent, int canaryReplicas, Resources held) {}

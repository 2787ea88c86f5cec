package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import org.axonframework.serialization.Revision;

/** Rollout {@code generation} runs {@code replicas} of the primary version and {@code canaryReplicas} of a canary. */
@Revision("1")
public record DeploymentScaledEvent(String deploymentId, String ownerId, int generation, int replicas,
                                    int canaryReplicas, Resources held) {}

package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import org.axonframework.serialization.Revision;

/** Rollout {@code generation} makes the canary's version, {@code modelVersion}, the primary one, with all calls. */
@Revision("1")
public record DeploymentCanaryPromotedEvent(String deploymentId, String ownerId, int generation, int modelVersion,
                                            String image, Resources held) {}

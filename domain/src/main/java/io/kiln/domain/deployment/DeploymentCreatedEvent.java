package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A deployment was asked for and is PENDING as rollout (generation) 1. {@code resources} are one replica's;
 * {@code held} is what the deployment holds of its owner's quota. Secrets are references, never values.
 */
@Revision("1")
public record DeploymentCreatedEvent(String deploymentId, String modelId, String projectId, String ownerId,
                                     String modelName, int modelVersion, String image, String profileId,
                                     String profileName, Resources resources, int replicas,
                                     Map<String, String> environment, Map<String, String> secretRefs,
                                     Resources held) {}

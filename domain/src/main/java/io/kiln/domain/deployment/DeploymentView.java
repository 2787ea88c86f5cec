package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A deployment as the read model shows it. {@code modelVersion}, {@code replicas} and the canary are what the current
 * rollout ({@code generation}) asks for; {@code desiredReplicas} and {@code readyReplicas} are what the cluster last
 * reported; {@code traffic} is how calls are split now, by what was last deployed. Secrets by name only.
 */
public record DeploymentView(String id, String modelId, String projectId, String ownerId, String ownerUsername,
                             DeploymentState state, int generation, int modelVersion, int replicas,
                             Integer canaryVersion, Integer canaryPercent, int canaryReplicas,
                             Integer desiredReplicas, int readyReplicas, List<TrafficShare> traffic,
                             String profileId, String profileName, Resources resources,
                             Map<String, String> environment, List<String> secrets, String failureReason,
                             Instant createdAt, Instant updatedAt, long version) {}

package io.kiln.local.models;

/** One model deployment as local compute runs it: replicas of a version, and of a canary version if set. */
public record LocalDeployment(String deploymentId, String modelId, String projectId, String ownerId, long memoryMiB,
                              int epoch, int modelVersion, String image, int replicas, Integer canaryVersion,
                              String canaryImage, int canaryReplicas, boolean running) {}

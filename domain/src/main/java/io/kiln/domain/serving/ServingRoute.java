package io.kiln.domain.serving;

/**
 * What serves a model's calls now: the newest of its deployments that has a deployed rollout, its primary version
 * and, when a canary is deployed, the canary's version and share of the calls (percent).
 */
public record ServingRoute(String modelId, String deploymentId, int modelVersion, Integer canaryVersion,
                           int canaryPercent) {}

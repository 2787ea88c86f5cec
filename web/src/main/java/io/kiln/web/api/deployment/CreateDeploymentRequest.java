package io.kiln.web.api.deployment;

import java.util.Map;

/**
 * A deployment of a model: {@code modelVersion} (default: the latest), {@code replicas} (1–32) of {@code profileId},
 * environment variables, and {@code secrets} whose values are kept in the secret store and never shown again.
 */
public record CreateDeploymentRequest(Integer modelVersion, String profileId, Integer replicas,
                                      Map<String, String> environment, Map<String, String> secrets) {}

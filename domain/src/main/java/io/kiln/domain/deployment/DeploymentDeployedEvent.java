package io.kiln.domain.deployment;

import org.axonframework.serialization.Revision;

/**
 * Rollout {@code generation} is ready: {@code modelVersion} serves, with {@code canaryPercent} of the calls going to
 * {@code canaryVersion} when there is a canary.
 */
@Revision("1")
public record DeploymentDeployedEvent(String deploymentId, int generation, int modelVersion, Integer canaryVersion,
                                      int canaryPercent) {}

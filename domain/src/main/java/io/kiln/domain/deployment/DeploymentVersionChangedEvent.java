package io.kiln.domain.deployment;

import org.axonframework.serialization.Revision;

/** Rollout {@code generation} replaces the primary version with {@code modelVersion}. */
@Revision("1")
public record DeploymentVersionChangedEvent(String deploymentId, int generation, int modelVersion, String image) {}

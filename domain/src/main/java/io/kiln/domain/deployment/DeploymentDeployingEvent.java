package io.kiln.domain.deployment;

import org.axonframework.serialization.Revision;

/** The cluster began rollout {@code generation}. */
@Revision("1")
public record DeploymentDeployingEvent(String deploymentId, int generation) {}

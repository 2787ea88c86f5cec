package io.kiln.domain.deployment;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DeploymentStopRequestedEvent(String deploymentId) {}

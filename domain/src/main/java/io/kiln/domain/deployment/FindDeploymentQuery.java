package io.kiln.domain.deployment;

import io.kiln.domain.Actor;

public record FindDeploymentQuery(String deploymentId, Actor viewer) {}

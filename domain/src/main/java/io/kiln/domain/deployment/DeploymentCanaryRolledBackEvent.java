package io.kiln.domain.deployment;

import io.kiln.domain.workload.Resources;
import org.axonframework.serialization.Revision;

/** Rollout {@code generation} drops the canary; the primary version takes all calls. */
@Revision("1")
public record DeploymentCanaryRolledBackEvent(String deploymentId, String ownerId, int generation, Resources held) {}

package io.kiln.domain.deployment;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deploy version {@code modelVersion} of a model with {@code replicas} (1–32) of a resource profile, environment
 * variables, and secrets as references (name → reference) to values already in the secret store.
 */
public record CreateDeploymentCommand(@TargetAggregateIdentifier DeploymentId deploymentId, String modelId,
                                      Integer modelVersion, String profileId, Integer replicas,
                                      Map<String, String> environment, Map<String, String> secretRefs) {}

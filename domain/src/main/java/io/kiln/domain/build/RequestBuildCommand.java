package io.kiln.domain.build;

import io.kiln.domain.workload.StartsWorkload;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Build an image of {@code kind} from {@code source} on {@code baseRuntimeId} with {@code recipe}. {@code name} names
 * the result (the runtime a RUNTIME build registers; the image repository); {@code modelId} is set for MODEL builds.
 */
public record RequestBuildCommand(@TargetAggregateIdentifier BuildId buildId, String projectId, BuildKind kind,
                                  String name, BuildSource source, String baseRuntimeId, BuildRecipe recipe,
                                  String modelId) implements StartsWorkload {}

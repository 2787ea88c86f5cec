package io.kiln.domain.build;

import java.time.Instant;

/**
 * A build as the read model shows it. {@code position} is its place among the waiting builds (1 = next), null once
 * admitted; {@code logTail} is the end of the log of a failed build.
 */
public record BuildView(String id, String projectId, String requestedBy, String requestedByUsername, BuildKind kind,
                        String name, BuildSource source, String baseRuntimeId, BuildRecipe recipe, String modelId,
                        BuildState state, boolean admitted, Integer position, String image, String digest,
                        String failureReason, String logTail, Instant createdAt, Instant updatedAt, long version) {}

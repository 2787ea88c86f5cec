package io.kiln.domain.catalog;

import java.time.Instant;

/** A runtime of the catalogue; {@code projectId} is set for a project's own runtime (built from its code). */
public record RuntimeView(String id, String name, String image, Editor editor, String kernel, RuntimeStatus status,
                          String projectId, Instant createdAt, Instant updatedAt, long version) {}

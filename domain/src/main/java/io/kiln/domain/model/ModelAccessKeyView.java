package io.kiln.domain.model;

import java.time.Instant;

/** What Kiln shows of a model's access key once created: never the key, never its hash. */
public record ModelAccessKeyView(String id, String modelId, String name, String prefix, String createdBy,
                                 Instant createdAt, Instant revokedAt) {}

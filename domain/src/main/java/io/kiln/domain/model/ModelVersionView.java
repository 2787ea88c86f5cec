package io.kiln.domain.model;

import java.time.Instant;

/** Version {@code number} of a model: the build that made it and the image it pushed. */
public record ModelVersionView(String modelId, int number, String buildId, String image, String digest,
                               Instant createdAt) {}

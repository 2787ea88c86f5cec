package io.kiln.domain.model;

import java.time.Instant;

/** A model as the read model shows it; {@code latestVersion} is null until a build of it succeeded. */
public record ModelView(String id, String projectId, String createdBy, String createdByUsername, String name,
                        String description, String file, String function, String runtimeId, String runtimeName,
                        boolean accessKeyRequired, Integer latestVersion, Instant createdAt, Instant updatedAt,
                        long version) {}

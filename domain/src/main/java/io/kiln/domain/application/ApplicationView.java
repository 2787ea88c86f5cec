package io.kiln.domain.application;

import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public record ApplicationView(String id, String projectId, String ownerId, String ownerUsername, String name,
                              String subdomain, String script, ApplicationState state, String runtimeId,
                              String runtimeName, String image, String profileId, String profileName,
                              Resources resources, Map<String, String> environment, String url,
                              String failureReason, Instant createdAt, Instant updatedAt, long version,
                              List<String> warnings) {}

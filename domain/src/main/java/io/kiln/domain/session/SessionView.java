package io.kiln.domain.session;

import io.kiln.domain.catalog.Editor;
import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.List;

public record SessionView(String id, String projectId, String ownerId, String ownerUsername, String name,
                          SessionState state, String runtimeId, String runtimeName, String image, Editor editor,
                          String profileId, String profileName, Resources resources, String url,
                          SessionStopReason stopReason, String failureReason, long idleTimeoutMinutes,
                          Instant lastActivityAt, Instant endsAt, Instant createdAt, Instant updatedAt, long version,
                          List<String> warnings) {}

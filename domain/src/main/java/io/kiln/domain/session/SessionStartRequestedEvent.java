package io.kiln.domain.session;

import io.kiln.domain.catalog.Editor;
import io.kiln.domain.workload.Resources;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A session was asked for; it is SCHEDULING with what it was started with. */
@Revision("1")
public record SessionStartRequestedEvent(String sessionId, String projectId, String ownerId, String name,
                                         String runtimeId, String runtimeName, String image, Editor editor,
                                         boolean runtimeDeprecated, String profileId, String profileName,
                                         Resources resources, long idleTimeoutSeconds, Instant endsAt) {}

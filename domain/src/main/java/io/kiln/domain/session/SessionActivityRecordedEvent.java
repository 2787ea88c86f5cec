package io.kiln.domain.session;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionActivityRecordedEvent(String sessionId, Instant at) {}

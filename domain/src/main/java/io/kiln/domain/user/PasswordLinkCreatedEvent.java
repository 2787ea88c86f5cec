package io.kiln.domain.user;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PasswordLinkCreatedEvent(String userId, String linkId, Instant expiresAt) {}

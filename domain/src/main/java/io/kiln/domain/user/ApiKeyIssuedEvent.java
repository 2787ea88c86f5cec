package io.kiln.domain.user;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApiKeyIssuedEvent(String userId, String keyId, String name, String keyHash, String keyPrefix,
                                Instant expiresAt) {}

package io.kiln.domain.user;

import java.time.Instant;

/** What Kiln shows of an API key after it was issued: never the secret, never its hash. */
public record ApiKeyView(String id, String userId, String name, String prefix, Instant createdAt,
                         Instant expiresAt, Instant revokedAt) {}

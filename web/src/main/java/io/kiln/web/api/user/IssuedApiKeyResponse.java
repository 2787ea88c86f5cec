package io.kiln.web.api.user;

import java.time.Instant;

/** The answer to issuing a key: the only time its secret, {@code key}, is shown. */
public record IssuedApiKeyResponse(String id, String userId, String name, String prefix, String key,
                                   Instant expiresAt) {}

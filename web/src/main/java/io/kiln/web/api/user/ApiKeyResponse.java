package io.kiln.web.api.user;

import io.kiln.domain.user.ApiKeyView;
import java.time.Instant;

/** An issued key as listed: its secret is never shown again. */
public record ApiKeyResponse(String id, String name, String prefix, Instant createdAt, Instant expiresAt,
                             Instant revokedAt) {
  static ApiKeyResponse of(ApiKeyView v) {
    return new ApiKeyResponse(v.id(), v.name(), v.prefix(), v.createdAt(), v.expiresAt(), v.revokedAt());
  }
}

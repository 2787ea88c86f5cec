package io.kiln.web.ui;

import io.kiln.domain.user.ApiKeyView;
import java.time.Instant;

/** One of a person's API keys as their keys page lists it, with its state in words: active, expired or revoked. */
public record ApiKeyRow(ApiKeyView key, String state) {

  static ApiKeyRow of(ApiKeyView key, Instant now) {
    if (key.revokedAt() != null) {
      return new ApiKeyRow(key, "revoked");
    }
    boolean expired = key.expiresAt() != null && !key.expiresAt().isAfter(now);
    return new ApiKeyRow(key, expired ? "expired" : "active");
  }

  public boolean active() {
    return "active".equals(state);
  }
}

package io.kiln.domain.user;

import io.kiln.domain.Actor;

/** An authenticated caller. */
public record Principal(String userId, String username, UserRole role, String keyId) {
  public Actor actor() {
    return new Actor(userId, role);
  }
}

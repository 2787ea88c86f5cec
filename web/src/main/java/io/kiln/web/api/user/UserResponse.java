package io.kiln.web.api.user;

import io.kiln.domain.WireNames;
import io.kiln.domain.user.UserView;
import java.time.Instant;

public record UserResponse(String id, String username, String email, String role, Instant createdAt) {
  static UserResponse of(UserView v) {
    return new UserResponse(v.id(), v.username(), v.email(), WireNames.of(v.role()), v.createdAt());
  }
}

package io.kiln.domain.session;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record SessionId(String value) {
  public SessionId {
    Objects.requireNonNull(value, "value");
  }

  public static SessionId newId() {
    return new SessionId(UUID.randomUUID().toString());
  }

  public static SessionId parse(String raw) {
    try {
      return new SessionId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.SESSION_NOT_FOUND, "Session not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

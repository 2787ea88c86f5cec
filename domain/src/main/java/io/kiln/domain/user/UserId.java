package io.kiln.domain.user;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a user: a UUID. */
public record UserId(String value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId newId() {
    return new UserId(UUID.randomUUID().toString());
  }

  /** Parses an id a client sent; anything that is not a UUID names no user. */
  public static UserId parse(String raw) {
    try {
      return new UserId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.USER_NOT_FOUND, "No user with id " + abbreviate(raw));
    }
  }

  static String abbreviate(String raw) {
    if (raw == null) {
      return "null";
    }
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }

  @Override
  public String toString() {
    return value;
  }
}

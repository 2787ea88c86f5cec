package io.kiln.domain.application;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record ApplicationId(String value) {
  public ApplicationId {
    Objects.requireNonNull(value, "value");
  }

  public static ApplicationId newId() {
    return new ApplicationId(UUID.randomUUID().toString());
  }

  public static ApplicationId parse(String raw) {
    try {
      return new ApplicationId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.APPLICATION_NOT_FOUND, "Application not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.kiln.domain.build;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record BuildId(String value) {
  public BuildId {
    Objects.requireNonNull(value, "value");
  }

  public static BuildId newId() {
    return new BuildId(UUID.randomUUID().toString());
  }

  public static BuildId parse(String raw) {
    try {
      return new BuildId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.BUILD_NOT_FOUND, "Build not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

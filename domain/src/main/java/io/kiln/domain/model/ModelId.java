package io.kiln.domain.model;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record ModelId(String value) {
  public ModelId {
    Objects.requireNonNull(value, "value");
  }

  public static ModelId newId() {
    return new ModelId(UUID.randomUUID().toString());
  }

  public static ModelId parse(String raw) {
    try {
      return new ModelId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.MODEL_NOT_FOUND, "Model not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.kiln.domain.job;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record JobId(String value) {
  public JobId {
    Objects.requireNonNull(value, "value");
  }

  public static JobId newId() {
    return new JobId(UUID.randomUUID().toString());
  }

  /** Parses an id a client sent; anything that is not a UUID names nothing. */
  public static JobId parse(String raw) {
    try {
      return new JobId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.JOB_NOT_FOUND, "Job not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

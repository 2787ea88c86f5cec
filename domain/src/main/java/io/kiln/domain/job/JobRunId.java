package io.kiln.domain.job;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

public record JobRunId(String value) {
  public JobRunId {
    Objects.requireNonNull(value, "value");
  }

  public static JobRunId newId() {
    return new JobRunId(UUID.randomUUID().toString());
  }

  /** Parses an id a client sent; anything that is not a UUID names nothing. */
  public static JobRunId parse(String raw) {
    try {
      return new JobRunId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.JOB_RUN_NOT_FOUND, "Job run not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.kiln.domain.project;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a project: a UUID. */
public record ProjectId(String value) {
  public ProjectId {
    Objects.requireNonNull(value, "value");
  }

  public static ProjectId newId() {
    return new ProjectId(UUID.randomUUID().toString());
  }

  /** Parses an id a client sent; anything that is not a UUID names no project. */
  public static ProjectId parse(String raw) {
    try {
      return new ProjectId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.PROJECT_NOT_FOUND, "Project not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.kiln.query;

import java.util.Optional;
import java.util.UUID;

/** Ids arrive as strings; the read model keys rows by UUID. */
public final class Uuids {
  private Uuids() {}

  public static Optional<UUID> parse(String raw) {
    try {
      return Optional.of(UUID.fromString(raw));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}

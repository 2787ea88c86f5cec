package io.kiln.projectors;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Read tables keep times as {@code timestamptz}; events carry {@link Instant}s. */
final class Times {
  private Times() {}

  static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}

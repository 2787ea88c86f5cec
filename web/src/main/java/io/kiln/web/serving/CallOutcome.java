package io.kiln.web.serving;

/**
 * How a model call ended: answered by a replica ({@code success}, or {@code client_error} for a 4xx the model gave),
 * refused by Kiln for its key, no replica ready ({@code unavailable}), or the replica failed ({@code failed}: no
 * connection, no answer in time, or a 5xx).
 */
enum CallOutcome {
  SUCCESS, CLIENT_ERROR, REFUSED, UNAVAILABLE, FAILED;

  String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  boolean isError() {
    return this == UNAVAILABLE || this == FAILED;
  }
}

package io.kiln.integrations.webhook;

/** What one attempt came to: the receiver's HTTP status, or the error that kept it from answering. */
record Outcome(Integer statusCode, String error, long durationMillis) {
  boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}

package io.kiln.domain.webhook;

import java.time.Instant;

/** One try at a delivery: the HTTP status the receiver answered, or the error that prevented an answer. */
public record WebhookAttemptView(int attempt, Instant at, Integer statusCode, String error, long durationMillis) {}

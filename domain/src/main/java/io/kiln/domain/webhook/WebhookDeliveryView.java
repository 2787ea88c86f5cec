package io.kiln.domain.webhook;

import java.time.Instant;
import java.util.List;

public record WebhookDeliveryView(String id, String webhookId, long position, String eventId, String eventType,
                                  String resourceId, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                                  Instant createdAt, Instant deliveredAt, Integer lastStatusCode, String lastError,
                                  List<WebhookAttemptView> attemptLog) {}

package io.kiln.web.api.webhook;

import io.kiln.domain.WireNames;
import io.kiln.domain.webhook.WebhookAttemptView;
import io.kiln.domain.webhook.WebhookDeliveryView;
import java.time.Instant;
import java.util.List;

public record DeliveryResponse(String id, String webhookId, long position, String eventId, String eventType,
                               String resourceId, String status, int attempts, Instant nextAttemptAt,
                               Instant createdAt, Instant deliveredAt, Integer lastStatusCode, String lastError,
                               List<WebhookAttemptView> attemptLog) {
  static DeliveryResponse of(WebhookDeliveryView v) {
    return new DeliveryResponse(v.id(), v.webhookId(), v.position(), v.eventId(), v.eventType(), v.resourceId(),
        WireNames.of(v.status()), v.attempts(), v.nextAttemptAt(), v.createdAt(), v.deliveredAt(),
        v.lastStatusCode(), v.lastError(), v.attemptLog().isEmpty() ? null : v.attemptLog());
  }
}

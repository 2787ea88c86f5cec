package io.kiln.domain.webhook;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WebhookRedeliveryRequestedEvent(String webhookId, String deliveryId) {}

package io.kiln.domain.webhook;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Try a parked delivery again, from its first attempt. */
public record RedeliverWebhookDeliveryCommand(@TargetAggregateIdentifier WebhookId webhookId, String deliveryId) {}

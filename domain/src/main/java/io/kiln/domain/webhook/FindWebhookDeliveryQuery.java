package io.kiln.domain.webhook;

import io.kiln.domain.Actor;

/** One delivery with every attempt made at it. */
public record FindWebhookDeliveryQuery(Actor viewer, String webhookId, String deliveryId) {}

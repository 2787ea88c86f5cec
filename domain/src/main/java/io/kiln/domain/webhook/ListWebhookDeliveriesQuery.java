package io.kiln.domain.webhook;

import io.kiln.domain.Actor;

/** Deliveries of one webhook, newest first, optionally only those in {@code status}. */
public record ListWebhookDeliveriesQuery(Actor viewer, String webhookId, DeliveryStatus status, int pageSize,
                                         String pageToken) {}

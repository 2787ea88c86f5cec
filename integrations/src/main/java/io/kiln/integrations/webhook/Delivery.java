package io.kiln.integrations.webhook;

/** A delivery claimed for one attempt: what to send, where, signed with which secret. */
record Delivery(String deliveryId, String webhookId, String eventType, String body, int attempt, String url,
                String secret) {}

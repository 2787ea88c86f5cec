package io.kiln.domain.webhook;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop the subscription; deliveries not yet made are cancelled. */
public record DeleteWebhookCommand(@TargetAggregateIdentifier WebhookId webhookId) {}

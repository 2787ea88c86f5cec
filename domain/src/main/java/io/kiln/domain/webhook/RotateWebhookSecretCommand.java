package io.kiln.domain.webhook;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sign every delivery from now on with {@code secret}. */
public record RotateWebhookSecretCommand(@TargetAggregateIdentifier WebhookId webhookId, String secret) {}

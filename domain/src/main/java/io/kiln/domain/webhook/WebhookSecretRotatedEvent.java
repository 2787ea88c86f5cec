package io.kiln.domain.webhook;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WebhookSecretRotatedEvent(String webhookId, String secretFingerprint) {}

package io.kiln.domain.webhook;

import io.kiln.domain.Actor;

/** The webhook if the viewer may see it: admins and auditors see all, users those of projects they administer. */
public record FindWebhookQuery(Actor viewer, String webhookId) {}

package io.kiln.domain.webhook;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The secret itself is never in an event; {@code secretFingerprint} tells secrets apart. */
@Revision("1")
public record WebhookRegisteredEvent(String webhookId, String url, List<String> eventTypes, List<String> projectIds,
                                     String secretFingerprint) {}

package io.kiln.domain.webhook;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Subscribe {@code url} to events of {@code eventTypes} ({@code ["*"]}: all) in {@code projectIds} ({@code ["*"]}:
 * every project, administrators only). Deliveries are signed with {@code secret}.
 */
public record RegisterWebhookCommand(@TargetAggregateIdentifier WebhookId webhookId, String url,
                                     List<String> eventTypes, List<String> projectIds, String secret) {}

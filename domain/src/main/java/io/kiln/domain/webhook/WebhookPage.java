package io.kiln.domain.webhook;

import java.util.List;

public record WebhookPage(List<WebhookView> items, String nextPageToken) {}

package io.kiln.domain.webhook;

import java.util.List;

public record WebhookDeliveryPage(List<WebhookDeliveryView> items, String nextPageToken) {}

package io.kiln.domain.webhook;

import io.kiln.domain.Actor;

public record ListWebhooksQuery(Actor viewer, int pageSize, String pageToken) {}

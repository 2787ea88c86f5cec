package io.kiln.web.api.webhook;

import java.util.List;

/** {@code secret} is optional: without one Kiln makes one up and shows it in the answer, once. */
public record CreateWebhookRequest(String url, List<String> eventTypes, List<String> projectIds, String secret) {}

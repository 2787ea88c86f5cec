package io.kiln.domain.webhook;

import java.time.Instant;
import java.util.List;

public record WebhookView(String id, String url, List<String> eventTypes, List<String> projectIds,
                          String secretFingerprint, String createdBy, Instant createdAt, boolean deleted,
                          long version) {}

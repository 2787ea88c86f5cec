package io.kiln.web.api.webhook;

import io.kiln.domain.webhook.WebhookView;
import java.time.Instant;
import java.util.List;

/** A webhook subscription; {@code secret} only in the answer that made it up. */
public record WebhookResponse(String id, String url, List<String> eventTypes, List<String> projectIds,
                              String secretFingerprint, String secret, String createdBy, Instant createdAt,
                              boolean deleted, long version) {
  static WebhookResponse of(WebhookView v, String secret) {
    return new WebhookResponse(v.id(), v.url(), v.eventTypes(), v.projectIds(), v.secretFingerprint(), secret,
        v.createdBy(), v.createdAt(), v.deleted(), v.version());
  }
}

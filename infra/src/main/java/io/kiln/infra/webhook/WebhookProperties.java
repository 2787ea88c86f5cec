package io.kiln.infra.webhook;

import io.kiln.domain.webhook.WebhookUrlPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiln.webhooks.*}: where deliveries may go ({@code KILN_WEBHOOKS_ALLOW_HTTP}, {@code ..._ALLOW_LOOPBACK},
 * {@code ..._ALLOW_LINK_LOCAL}, all off: https only, never this machine, never link-local or metadata addresses),
 * how often a delivery is tried ({@code KILN_WEBHOOKS_MAX_ATTEMPTS}) with exponential backoff from
 * {@code KILN_WEBHOOKS_INITIAL_BACKOFF} up to {@code KILN_WEBHOOKS_MAX_BACKOFF}, how long one attempt may take
 * ({@code KILN_WEBHOOKS_TIMEOUT}), how often the outbox is polled ({@code KILN_WEBHOOKS_POLL_INTERVAL}) and how many
 * deliveries are in flight at once ({@code KILN_WEBHOOKS_CONCURRENCY}).
 */
@ConfigurationProperties("kiln.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowHttp,
                                @DefaultValue("false") boolean allowLoopback,
                                @DefaultValue("false") boolean allowLinkLocal,
                                @DefaultValue("8") int maxAttempts,
                                @DefaultValue("10s") Duration initialBackoff,
                                @DefaultValue("1h") Duration maxBackoff,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue("1s") Duration pollInterval,
                                @DefaultValue("8") int concurrency) {
  public WebhookProperties {
    if (maxAttempts < 1 || concurrency < 1) {
      throw new IllegalArgumentException("kiln.webhooks.max-attempts and concurrency must be at least 1");
    }
  }

  public WebhookUrlPolicy urlPolicy() {
    return new WebhookUrlPolicy(allowHttp, allowLoopback, allowLinkLocal);
  }

  /** The wait after failed attempt {@code attempt} (1 for the first): initial × 2^(attempt-1), at most the maximum. */
  public Duration backoffAfter(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}

package io.kiln.domain.webhook;

/**
 * Where webhooks may deliver: {@code https} only unless {@code allowHttp}; never to loopback addresses unless
 * {@code allowLoopback}; never to link-local and cloud metadata addresses unless {@code allowLinkLocal}.
 */
public record WebhookUrlPolicy(boolean allowHttp, boolean allowLoopback, boolean allowLinkLocal) {
  public static WebhookUrlPolicy strict() {
    return new WebhookUrlPolicy(false, false, false);
  }
}

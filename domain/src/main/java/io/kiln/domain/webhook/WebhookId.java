package io.kiln.domain.webhook;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a webhook subscription: a UUID. */
public record WebhookId(String value) {
  public WebhookId {
    Objects.requireNonNull(value, "value");
  }

  public static WebhookId newId() {
    return new WebhookId(UUID.randomUUID().toString());
  }

  public static WebhookId parse(String raw) {
    try {
      return new WebhookId(UUID.fromString(raw).toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new KilnException(ErrorCode.WEBHOOK_NOT_FOUND, "Webhook not found");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

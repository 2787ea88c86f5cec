package io.kiln.query.webhook;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.webhook.DeliveryStatus;
import io.kiln.domain.webhook.FindWebhookDeliveryQuery;
import io.kiln.domain.webhook.FindWebhookQuery;
import io.kiln.domain.webhook.ListWebhookDeliveriesQuery;
import io.kiln.domain.webhook.WebhookAttemptView;
import io.kiln.domain.webhook.WebhookDeliveryPage;
import io.kiln.domain.webhook.WebhookDeliveryView;
import io.kiln.query.PageTokens;
import io.kiln.query.Uuids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** The delivery log of a webhook (the outbox in {@code eventstore}), for those who may see the webhook. */
@Component
class WebhookDeliveryQueryHandler {
  private static final String COLUMNS = """
      select delivery_id, webhook_id, position, event_id, event_type, resource_id, status, attempts, next_attempt_at,
             created_at, delivered_at, last_status_code, last_error
      from eventstore.webhook_delivery""";
  private final DSLContext dsl;
  private final WebhookQueryHandler webhooks;

  WebhookDeliveryQueryHandler(DSLContext dsl, WebhookQueryHandler webhooks) {
    this.dsl = dsl;
    this.webhooks = webhooks;
  }

  @QueryHandler
  WebhookDeliveryPage handle(ListWebhookDeliveriesQuery query) {
    String webhookId = requireWebhook(query.viewer(), query.webhookId());
    long before = Long.MAX_VALUE;
    List<String> token = PageTokens.decode(query.pageToken());
    if (token != null) {
      try {
        before = Long.parseLong(token.get(1));
      } catch (NumberFormatException e) {
        throw PageTokens.invalid();
      }
    }
    String status = query.status() == null ? null : query.status().name();
    List<WebhookDeliveryView> rows = dsl.fetch(COLUMNS + " where webhook_id = ? and position < ?"
            + " and (cast(? as varchar) is null or status = ?) order by position desc limit ?",
        webhookId, before, status, status, query.pageSize() + 1).map(r -> view(r, List.of()));
    List<WebhookDeliveryView> items = rows.subList(0, Math.min(rows.size(), query.pageSize()));
    String next = rows.size() > query.pageSize()
        ? PageTokens.encode("delivery", Long.toString(items.get(items.size() - 1).position())) : null;
    return new WebhookDeliveryPage(items, next);
  }

  @QueryHandler
  Optional<WebhookDeliveryView> handle(FindWebhookDeliveryQuery query) {
    String webhookId = requireWebhook(query.viewer(), query.webhookId());
    Optional<UUID> id = Uuids.parse(query.deliveryId());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    List<WebhookAttemptView> attempts = dsl.fetch("""
            select attempt, attempted_at, status_code, error, duration_ms from eventstore.webhook_attempt
            where delivery_id = ? order by attempt""", id.get())
        .map(a -> new WebhookAttemptView(a.get("attempt", Integer.class), instant(a.get("attempted_at",
            OffsetDateTime.class)), a.get("status_code", Integer.class), a.get("error", String.class),
            a.get("duration_ms", Long.class)));
    return dsl.fetchOptional(COLUMNS + " where webhook_id = ? and delivery_id = ?", webhookId, id.get())
        .map(r -> view(r, attempts));
  }

  private String requireWebhook(io.kiln.domain.Actor viewer, String webhookId) {
    return webhooks.handle(new FindWebhookQuery(viewer, webhookId)).map(w -> w.id())
        .orElseThrow(() -> new KilnException(ErrorCode.WEBHOOK_NOT_FOUND, "Webhook not found"));
  }

  private static WebhookDeliveryView view(Record r, List<WebhookAttemptView> attempts) {
    return new WebhookDeliveryView(r.get("delivery_id", UUID.class).toString(), r.get("webhook_id", String.class),
        r.get("position", Long.class), r.get("event_id", String.class), r.get("event_type", String.class),
        r.get("resource_id", String.class), DeliveryStatus.valueOf(r.get("status", String.class)),
        r.get("attempts", Integer.class), instant(r.get("next_attempt_at", OffsetDateTime.class)),
        instant(r.get("created_at", OffsetDateTime.class)), instant(r.get("delivered_at", OffsetDateTime.class)),
        r.get("last_status_code", Integer.class), r.get("last_error", String.class), attempts);
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}

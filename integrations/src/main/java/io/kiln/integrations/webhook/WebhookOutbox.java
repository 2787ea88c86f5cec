package io.kiln.integrations.webhook;

import io.kiln.domain.events.Scope;
import io.kiln.domain.webhook.WebhookDeletedEvent;
import io.kiln.domain.webhook.WebhookRedeliveryRequestedEvent;
import io.kiln.domain.webhook.WebhookRegisteredEvent;
import io.kiln.infra.events.EventPositions;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns events into webhook deliveries: one outbox row per matching subscription and event, written in the
 * transaction that moves this processor's token, so a delivery is queued exactly once and survives restarts. The
 * subscriptions it matches against are the ones its own event stream has shown it so far. Side-effecting: never
 * replayed.
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
@DisallowReplay
public class WebhookOutbox {
  public static final String GROUP = "webhook-outbox";
  private static final String SEPARATOR = ",";
  private final JdbcTemplate jdbc;
  private final WebhookDispatcher dispatcher;
  private final EventPositions positions;

  WebhookOutbox(JdbcTemplate jdbc, WebhookDispatcher dispatcher, EventPositions positions) {
    this.jdbc = jdbc;
    this.dispatcher = dispatcher;
    this.positions = positions;
  }

  @EventHandler
  void on(WebhookRegisteredEvent e, EventMessage<?> message) {
    jdbc.update("""
        insert into eventstore.webhook_target (webhook_id, url, event_types, project_ids, active)
        values (?, ?, ?, ?, true) on conflict (webhook_id) do nothing""", e.webhookId(), e.url(),
        String.join(SEPARATOR, e.eventTypes()), String.join(SEPARATOR, e.projectIds()));
    enqueue(message);
  }

  @EventHandler
  void on(WebhookDeletedEvent e, EventMessage<?> message) {
    enqueue(message);
    jdbc.update("update eventstore.webhook_target set active = false where webhook_id = ?", e.webhookId());
    jdbc.update("""
        update eventstore.webhook_delivery set status = 'CANCELLED', lease_until = null
        where webhook_id = ? and status in ('PENDING', 'PARKED')""", e.webhookId());
  }

  @EventHandler
  void on(WebhookRedeliveryRequestedEvent e, EventMessage<?> message) {
    jdbc.update("""
        update eventstore.webhook_delivery
        set status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = null
        where webhook_id = ? and delivery_id = ?::uuid and status = 'PARKED'""", e.webhookId(), e.deliveryId());
    enqueue(message);
  }

  @EventHandler
  void on(EventMessage<?> message) {
    enqueue(message);
  }

  private void enqueue(EventMessage<?> message) {
    long position = positions.of(message);
    DeliveryBody.Event event = DeliveryBody.describe(message);
    boolean queued = false;
    for (Target target : targets()) {
      if (!target.events().allows(event.type()) || !(target.projects().all()
          || target.projects().allows(event.projectId()))) {
        continue;
      }
      String deliveryId = UUID.nameUUIDFromBytes((target.webhookId() + "/" + message.getIdentifier())
          .getBytes(StandardCharsets.UTF_8)).toString();
      queued |= jdbc.update("""
          insert into eventstore.webhook_delivery (delivery_id, webhook_id, position, event_id, event_type,
              resource_id, body, status, attempts, next_attempt_at, created_at)
          values (?::uuid, ?, ?, ?, ?, ?, ?, 'PENDING', 0, now(), ?)
          on conflict do nothing""", deliveryId, target.webhookId(), position, message.getIdentifier(), event.type(),
          event.resourceId(), DeliveryBody.of(deliveryId, target.webhookId(), position, message),
          Timestamp.from(message.getTimestamp())) > 0;
    }
    if (queued) {
      CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(done -> dispatcher.wakeUp()));
    }
  }

  private List<Target> targets() {
    return jdbc.query("select webhook_id, event_types, project_ids from eventstore.webhook_target where active",
        (rs, n) -> new Target(rs.getString(1), scope(rs.getString(2)), scope(rs.getString(3))));
  }

  private static Scope scope(String joined) {
    return new Scope(joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR)));
  }

  private record Target(String webhookId, Scope events, Scope projects) {}
}

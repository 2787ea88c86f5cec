package io.kiln.integrations.webhook;

import io.kiln.infra.webhook.WebhookProperties;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as a queue: claims due deliveries that head their (webhook, resource) line — so one resource's events
 * arrive in order, a parked delivery holding back those after it — under a lease, and records each attempt's
 * outcome. Safe with several Kiln replicas (row locks skipped, leases expire if a replica dies mid-attempt).
 */
@Component
class DeliveryQueue {
  private final JdbcTemplate jdbc;
  private final WebhookProperties webhooks;

  DeliveryQueue(JdbcTemplate jdbc, WebhookProperties webhooks) {
    this.jdbc = jdbc;
    this.webhooks = webhooks;
  }

  List<Delivery> claim(int max) {
    long leaseMillis = webhooks.timeout().multipliedBy(3).toMillis();
    return jdbc.query("""
        with claimed as (
          update eventstore.webhook_delivery d
          set lease_until = now() + ? * interval '1 millisecond', attempts = d.attempts + 1
          where d.delivery_id in (
            select c.delivery_id from eventstore.webhook_delivery c
            where c.status = 'PENDING' and c.next_attempt_at <= now()
              and (c.lease_until is null or c.lease_until < now())
              and not exists (select 1 from eventstore.webhook_delivery e
                              where e.webhook_id = c.webhook_id and e.resource_id = c.resource_id
                                and e.position < c.position and e.status in ('PENDING', 'PARKED'))
            order by c.next_attempt_at, c.position
            limit ?
            for update skip locked)
          returning d.delivery_id, d.webhook_id, d.event_type, d.body, d.attempts)
        select c.delivery_id, c.webhook_id, c.event_type, c.body, c.attempts, t.url, s.secret
        from claimed c
        join eventstore.webhook_target t on t.webhook_id = c.webhook_id
        join eventstore.webhook_secret s on s.webhook_id = c.webhook_id""",
        (rs, n) -> new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
            rs.getString(6), rs.getString(7)), leaseMillis, max);
  }

  void record(Delivery delivery, Outcome outcome) {
    String error = outcome.error() == null || outcome.error().length() <= 1000 ? outcome.error()
        : outcome.error().substring(0, 1000);
    jdbc.update("""
        insert into eventstore.webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
        values (?::uuid, ?, now(), ?, ?, ?) on conflict do nothing""", delivery.deliveryId(), delivery.attempt(),
        outcome.statusCode(), error, outcome.durationMillis());
    if (outcome.succeeded()) {
      jdbc.update("""
          update eventstore.webhook_delivery set status = 'SUCCEEDED', delivered_at = now(), lease_until = null,
              last_status_code = ?, last_error = null
          where delivery_id = ?::uuid and status = 'PENDING'""", outcome.statusCode(), delivery.deliveryId());
      return;
    }
    boolean last = delivery.attempt() >= webhooks.maxAttempts();
    Duration backoff = webhooks.backoffAfter(delivery.attempt());
    jdbc.update("""
        update eventstore.webhook_delivery set status = ?, lease_until = null, last_status_code = ?, last_error = ?,
            next_attempt_at = now() + ? * interval '1 millisecond'
        where delivery_id = ?::uuid and status = 'PENDING'""", last ? "PARKED" : "PENDING", outcome.statusCode(),
        error, last ? 0 : backoff.toMillis(), delivery.deliveryId());
  }

  /** How long until the next retry falls due (at most {@code ceiling}). */
  Duration untilNextRetry(Duration ceiling) {
    Long millis = jdbc.queryForObject("""
        select cast(ceil(extract(epoch from (min(next_attempt_at) - now())) * 1000) as bigint)
        from eventstore.webhook_delivery where status = 'PENDING' and next_attempt_at > now()""", Long.class);
    if (millis == null) {
      return ceiling;
    }
    return Duration.ofMillis(Math.max(0, Math.min(millis, ceiling.toMillis())));
  }
}

package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.WEBHOOK;
import static io.kiln.query.jooq.Tables.WEBHOOK_SCOPE;

import io.kiln.domain.MetadataKeys;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.domain.webhook.WebhookDeletedEvent;
import io.kiln.domain.webhook.WebhookRedeliveryRequestedEvent;
import io.kiln.domain.webhook.WebhookRegisteredEvent;
import io.kiln.domain.webhook.WebhookSecretRotatedEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.webhook} and {@code readmodel.webhook_scope}. Every write is idempotent. */
@Component
@ProcessingGroup(WebhookProjector.GROUP)
public class WebhookProjector {
  public static final String GROUP = "webhooks-projection";
  static final String PROJECT = "project";
  static final String EVENT_TYPE = "event_type";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  WebhookProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(WebhookRegisteredEvent e, @Timestamp Instant at, @SequenceNumber long version,
          @MetaDataValue(MetadataKeys.ACTOR) String actor) {
    UUID id = UUID.fromString(e.webhookId());
    dsl.insertInto(WEBHOOK)
        .set(WEBHOOK.WEBHOOK_ID, id)
        .set(WEBHOOK.URL, e.url())
        .set(WEBHOOK.SECRET_FINGERPRINT, e.secretFingerprint())
        .set(WEBHOOK.CREATED_BY, actor == null ? "unknown" : actor)
        .set(WEBHOOK.CREATED_AT, at.atOffset(ZoneOffset.UTC))
        .set(WEBHOOK.DELETED, false)
        .set(WEBHOOK.VERSION, version)
        .onConflict(WEBHOOK.WEBHOOK_ID).doNothing()
        .execute();
    scope(id, PROJECT, e.projectIds());
    scope(id, EVENT_TYPE, e.eventTypes());
    updates.applied(ReadModels.WEBHOOKS, e.webhookId(), version);
  }

  @EventHandler
  void on(WebhookSecretRotatedEvent e, @SequenceNumber long version) {
    update(e.webhookId(), version, Map.of(WEBHOOK.SECRET_FINGERPRINT, e.secretFingerprint()));
  }

  @EventHandler
  void on(WebhookDeletedEvent e, @SequenceNumber long version) {
    update(e.webhookId(), version, Map.of(WEBHOOK.DELETED, true));
  }

  @EventHandler
  void on(WebhookRedeliveryRequestedEvent e, @SequenceNumber long version) {
    update(e.webhookId(), version, Map.of());
  }

  @ResetHandler
  void reset() {
    dsl.deleteFrom(WEBHOOK_SCOPE).execute();
    dsl.deleteFrom(WEBHOOK).execute();
  }

  private void scope(UUID id, String kind, List<String> values) {
    for (String value : values) {
      dsl.insertInto(WEBHOOK_SCOPE)
          .set(WEBHOOK_SCOPE.WEBHOOK_ID, id)
          .set(WEBHOOK_SCOPE.KIND, kind)
          .set(WEBHOOK_SCOPE.VALUE, value)
          .onConflictDoNothing()
          .execute();
    }
  }

  private void update(String webhookId, long version, Map<Field<?>, Object> changes) {
    var row = new java.util.HashMap<Field<?>, Object>(changes);
    row.put(WEBHOOK.VERSION, version);
    dsl.update(WEBHOOK).set(row)
        .where(WEBHOOK.WEBHOOK_ID.eq(UUID.fromString(webhookId)))
        .and(WEBHOOK.VERSION.lt(version))
        .execute();
    updates.applied(ReadModels.WEBHOOKS, webhookId, version);
  }
}

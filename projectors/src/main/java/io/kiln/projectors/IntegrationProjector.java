package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.INTEGRATION;
import static io.kiln.query.jooq.Tables.INTEGRATION_SCOPE;

import io.kiln.domain.integration.IntegrationRegisteredEvent;
import io.kiln.domain.integration.IntegrationRevokedEvent;
import io.kiln.domain.integration.IntegrationScopeChangedEvent;
import io.kiln.domain.readmodel.ReadModels;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.integration} and {@code readmodel.integration_scope}; idempotent by version. */
@Component
@ProcessingGroup(IntegrationProjector.GROUP)
public class IntegrationProjector {
  public static final String GROUP = "integrations-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  IntegrationProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(IntegrationRegisteredEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    UUID id = UUID.fromString(e.integrationId());
    var time = at.atOffset(ZoneOffset.UTC);
    int inserted = dsl.insertInto(INTEGRATION)
        .set(INTEGRATION.INTEGRATION_ID, id)
        .set(INTEGRATION.NAME, e.name())
        .set(INTEGRATION.REVOKED, false)
        .set(INTEGRATION.CREATED_AT, time)
        .set(INTEGRATION.UPDATED_AT, time)
        .set(INTEGRATION.VERSION, version)
        .onConflict(INTEGRATION.INTEGRATION_ID).doNothing()
        .execute();
    int revived = inserted == 1 ? 0 : dsl.update(INTEGRATION)
        .set(INTEGRATION.REVOKED, false).set(INTEGRATION.UPDATED_AT, time).set(INTEGRATION.VERSION, version)
        .where(INTEGRATION.INTEGRATION_ID.eq(id)).and(INTEGRATION.VERSION.lt(version))
        .execute();
    if (inserted + revived > 0) {
      scope(id, e.projectIds(), e.eventTypes(), e.commandTypes());
    }
    updates.applied(ReadModels.INTEGRATIONS, e.integrationId(), version);
  }

  @EventHandler
  void on(IntegrationScopeChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    UUID id = UUID.fromString(e.integrationId());
    if (dsl.update(INTEGRATION).set(INTEGRATION.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
        .set(INTEGRATION.VERSION, version)
        .where(INTEGRATION.INTEGRATION_ID.eq(id)).and(INTEGRATION.VERSION.lt(version)).execute() > 0) {
      scope(id, e.projectIds(), e.eventTypes(), e.commandTypes());
    }
    updates.applied(ReadModels.INTEGRATIONS, e.integrationId(), version);
  }

  @EventHandler
  void on(IntegrationRevokedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    dsl.update(INTEGRATION).set(INTEGRATION.REVOKED, true).set(INTEGRATION.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
        .set(INTEGRATION.VERSION, version)
        .where(INTEGRATION.INTEGRATION_ID.eq(UUID.fromString(e.integrationId())))
        .and(INTEGRATION.VERSION.lt(version)).execute();
    updates.applied(ReadModels.INTEGRATIONS, e.integrationId(), version);
  }

  @ResetHandler
  void reset() {
    dsl.deleteFrom(INTEGRATION_SCOPE).execute();
    dsl.deleteFrom(INTEGRATION).execute();
  }

  private void scope(UUID id, List<String> projects, List<String> events, List<String> commands) {
    dsl.deleteFrom(INTEGRATION_SCOPE).where(INTEGRATION_SCOPE.INTEGRATION_ID.eq(id)).execute();
    insert(id, "project", projects);
    insert(id, "event_type", events);
    insert(id, "command_type", commands);
  }

  private void insert(UUID id, String kind, List<String> values) {
    for (String value : values) {
      dsl.insertInto(INTEGRATION_SCOPE).set(INTEGRATION_SCOPE.INTEGRATION_ID, id)
          .set(INTEGRATION_SCOPE.KIND, kind).set(INTEGRATION_SCOPE.VALUE, value)
          .onConflictDoNothing().execute();
    }
  }
}

package io.kiln.projectors.audit;

import static io.kiln.query.jooq.Tables.AUDIT_PENDING;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.MetadataKeys;
import io.kiln.domain.history.ResourceTypes;
import io.kiln.infra.events.EventPositions;
import io.kiln.infra.events.MessageTypes;
import io.kiln.infra.events.StoredEvents;
import io.kiln.query.audit.AuditContent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.audit_record}: one record per stored event, chained by the {@link AuditTrailWriter} together
 * with refused commands. Idempotent by event position; the reset handler empties the chain (never the signed
 * checkpoints), and a replay rebuilds the same records with the same hashes.
 */
@Component
@ProcessingGroup(AuditProjector.GROUP)
public class AuditProjector {
  public static final String GROUP = "audit-trail";
  private static final String SEAL = AuditProjector.class.getName() + ".seal";
  private final DSLContext dsl;
  private final AuditTrailWriter chain;
  private final EventPositions positions;

  AuditProjector(DSLContext dsl, AuditTrailWriter chain, EventPositions positions) {
    this.dsl = dsl;
    this.chain = chain;
    this.positions = positions;
  }

  @EventHandler
  void on(EventMessage<?> event) {
    String aggregateType = null;
    String aggregateId = null;
    if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
      aggregateType = domain.getType();
      aggregateId = domain.getAggregateIdentifier();
    }
    String details = StoredEvents.json(event.getPayload());
    var meta = event.getMetaData();
    chain.pending(new AuditContent(AuditContent.EVENT, positions.of(event), null, event.getIdentifier(),
        event.getTimestamp(), text(meta.get(MetadataKeys.ACTOR), "unknown"),
        MessageTypes.shortName(event.getPayloadType().getName()), ResourceTypes.of(aggregateType), aggregateId,
        StoredEvents.projectOf(aggregateType, aggregateId, details), AuditContent.SUCCEEDED, null, null,
        text(meta.get(MetadataKeys.CORRELATION_ID), null), text(meta.get(MetadataKeys.CLIENT_ADDRESS), null),
        details));
    sealWhenTheBatchCommits();
  }

  /** One seal per batch of events (the processor's unit of work), just before its transaction commits. */
  private void sealWhenTheBatchCommits() {
    if (!CurrentUnitOfWork.isStarted()) {
      chain.seal(GenericEventMessage.clock.instant());
      return;
    }
    CurrentUnitOfWork.get().root().resources().computeIfAbsent(SEAL, key -> {
      CurrentUnitOfWork.get().root().onPrepareCommit(batch -> chain.seal(GenericEventMessage.clock.instant()));
      return true;
    });
  }

  @ResetHandler
  void reset() {
    dsl.deleteFrom(AUDIT_PENDING).execute();
    dsl.deleteFrom(AUDIT_RECORD).execute();
  }

  private static String text(Object value, String otherwise) {
    return value == null ? otherwise : value.toString();
  }
}

package io.kiln.query.audit;

import io.kiln.query.jooq.tables.records.AuditRecordRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * What an audit record says, without its place in the chain. Times are kept to the microsecond, as PostgreSQL
 * stores them, so that the hash computed before storing is the hash recomputed after reading.
 */
public record AuditContent(String kind, Long position, Long refusalId, String eventId, Instant occurredAt,
                           String actor, String action, String resourceType, String resourceId, String projectId,
                           String outcome, String reasonCode, String reason, String correlationId,
                           String clientAddress, String details) {
  public static final String EVENT = "event";
  public static final String REFUSAL = "refusal";
  public static final String SUCCEEDED = "succeeded";
  public static final String REFUSED = "refused";

  public AuditContent {
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  public static AuditContent of(AuditRecordRecord r) {
    return new AuditContent(r.getKind(), r.getPosition(), r.getRefusalId(), r.getEventId(),
        r.getOccurredAt().toInstant(), r.getActor(), r.getAction(), r.getResourceType(), r.getResourceId(),
        r.getProjectId(), r.getOutcome(), r.getReasonCode(), r.getReason(), r.getCorrelationId(),
        r.getClientAddress(), r.getDetails());
  }

  /** A record for the chain at {@code seq}, linked to {@code prevHash}. */
  public AuditRecordRecord chained(long seq, String prevHash) {
    AuditRecordRecord r = new AuditRecordRecord();
    r.setSeq(seq);
    r.setKind(kind);
    r.setPosition(position);
    r.setRefusalId(refusalId);
    r.setEventId(eventId);
    r.setOccurredAt(occurredAt.atOffset(ZoneOffset.UTC));
    r.setActor(actor);
    r.setAction(action);
    r.setResourceType(resourceType);
    r.setResourceId(resourceId);
    r.setProjectId(projectId);
    r.setOutcome(outcome);
    r.setReasonCode(reasonCode);
    r.setReason(reason);
    r.setCorrelationId(correlationId);
    r.setClientAddress(clientAddress);
    r.setDetails(details);
    r.setPrevHash(prevHash);
    r.setHash(AuditChain.hash(seq, prevHash, this));
    return r;
  }
}

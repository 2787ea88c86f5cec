package io.kiln.projectors.audit;

import static io.kiln.query.jooq.Tables.AUDIT_PENDING;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.infra.audit.AuditProperties;
import io.kiln.query.audit.AuditChain;
import io.kiln.query.audit.AuditContent;
import io.kiln.query.jooq.tables.records.AuditPendingRecord;
import io.kiln.query.jooq.tables.records.AuditRecordRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Appends to the audit hash chain, one writer at a time (a PostgreSQL advisory lock held to the end of the
 * transaction). Events join the chain in position order, once no earlier position can still be committed; refused
 * commands join once the chain has reached the events stored when they were refused, and keep that place in their
 * source row, so that a rebuild puts every record back where it was and recomputes the same hashes.
 */
@Component
public class AuditTrailWriter {
  private static final long CHAIN_LOCK = 0x6b696c6e41756474L;
  private static final int BATCH = 100;
  private final DSLContext dsl;
  private final RefusalSource refusals;
  private final Duration gapTimeout;

  AuditTrailWriter(DSLContext dsl, AuditProperties audit) {
    this.dsl = dsl;
    this.refusals = new RefusalSource(dsl);
    this.gapTimeout = audit.gapTimeout();
  }

  /** Notes an event for the chain; idempotent by position (a position already chained is dropped when sealing). */
  void pending(AuditContent event) {
    dsl.insertInto(AUDIT_PENDING)
        .set(AUDIT_PENDING.POSITION, event.position())
        .set(AUDIT_PENDING.EVENT_ID, event.eventId())
        .set(AUDIT_PENDING.OCCURRED_AT, event.occurredAt().atOffset(ZoneOffset.UTC))
        .set(AUDIT_PENDING.ACTOR, event.actor())
        .set(AUDIT_PENDING.ACTION, event.action())
        .set(AUDIT_PENDING.RESOURCE_TYPE, event.resourceType())
        .set(AUDIT_PENDING.RESOURCE_ID, event.resourceId())
        .set(AUDIT_PENDING.PROJECT_ID, event.projectId())
        .set(AUDIT_PENDING.CORRELATION_ID, event.correlationId())
        .set(AUDIT_PENDING.CLIENT_ADDRESS, event.clientAddress())
        .set(AUDIT_PENDING.DETAILS, event.details())
        .onConflictDoNothing()
        .execute();
  }

  /**
   * Chains whatever may be chained now, in the caller's transaction: a batch of pending events and placed refusals
   * is read, linked in memory and written in one statement.
   */
  public void seal(Instant now) {
    dsl.fetch("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
    dsl.deleteFrom(AUDIT_PENDING).where(AUDIT_PENDING.POSITION.in(
        DSL.select(AUDIT_RECORD.POSITION).from(AUDIT_RECORD).where(AUDIT_RECORD.POSITION.isNotNull()))).execute();
    Head head = head();
    boolean full;
    do {
      Deque<AuditPendingRecord> events = new ArrayDeque<>(dsl.selectFrom(AUDIT_PENDING)
          .orderBy(AUDIT_PENDING.POSITION).limit(BATCH).fetch());
      Map<Long, AuditContent> placed = refusals.chainedAfter(head.seq, BATCH);
      full = events.size() == BATCH || placed.size() == BATCH;
      List<AuditRecordRecord> chained = new ArrayList<>();
      List<Long> done = new ArrayList<>();
      while (true) {
        AuditContent refusal = placed.get(head.seq + 1);
        if (refusal != null) {
          head = link(head, refusal, chained);
        } else if (!events.isEmpty() && chainable(events.peek(), head.lastPosition, now)) {
          AuditPendingRecord event = events.poll();
          head = link(head, content(event), chained);
          done.add(event.getPosition());
        } else {
          break;
        }
      }
      dsl.batchInsert(chained).execute();
      dsl.deleteFrom(AUDIT_PENDING).where(AUDIT_PENDING.POSITION.in(done)).execute();
      full &= !chained.isEmpty();
    } while (full);
    for (AuditContent refusal : refusals.unchainedUpTo(head.lastPosition, BATCH)) {
      refusals.placeAt(refusal.refusalId(), head.seq + 1);
      head = link(head, refusal, List.of());
    }
  }

  /** Chainable when every earlier position is chained, or missing from the store for longer than the gap timeout. */
  private boolean chainable(AuditPendingRecord event, long lastPosition, Instant now) {
    if (event.getPosition() <= lastPosition + 1) {
      return true;
    }
    boolean committedInBetween = dsl.fetchExists(DSL.selectOne().from(DSL.table("eventstore.domainevententry"))
        .where(DSL.field("globalindex", Long.class).gt(lastPosition))
        .and(DSL.field("globalindex", Long.class).lt(event.getPosition())));
    return !committedInBetween && event.getOccurredAt().toInstant().plus(gapTimeout).isBefore(now);
  }

  /** Adds a record after {@code head}: to {@code batch}, or straight to the table when that is not a batch. */
  private Head link(Head head, AuditContent content, List<AuditRecordRecord> batch) {
    long seq = head.seq + 1;
    var record = content.chained(seq, head.hash);
    if (batch instanceof ArrayList<AuditRecordRecord> pending) {
      pending.add(record);
    } else {
      dsl.executeInsert(record);
    }
    long last = content.position() == null ? head.lastPosition : Math.max(head.lastPosition, content.position());
    return new Head(seq, record.getHash(), last);
  }

  private Head head() {
    var last = dsl.select(AUDIT_RECORD.SEQ, AUDIT_RECORD.HASH,
            DSL.field(DSL.select(DSL.max(AUDIT_RECORD.POSITION)).from(AUDIT_RECORD)))
        .from(AUDIT_RECORD).orderBy(AUDIT_RECORD.SEQ.desc()).limit(1).fetchOne();
    return last == null ? new Head(0, AuditChain.GENESIS, 0)
        : new Head(last.value1(), last.value2(), last.value3() == null ? 0 : last.value3());
  }

  private static AuditContent content(AuditPendingRecord p) {
    return new AuditContent(AuditContent.EVENT, p.getPosition(), null, p.getEventId(), p.getOccurredAt().toInstant(),
        p.getActor(), p.getAction(), p.getResourceType(), p.getResourceId(), p.getProjectId(), AuditContent.SUCCEEDED,
        null, null, p.getCorrelationId(), p.getClientAddress(), p.getDetails());
  }

  private record Head(long seq, String hash, long lastPosition) {}
}

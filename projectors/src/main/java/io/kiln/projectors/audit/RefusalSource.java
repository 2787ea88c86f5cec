package io.kiln.projectors.audit;

import io.kiln.query.audit.AuditContent;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The refused commands in {@code eventstore.command_refusal}, as the audit chain takes them: by the place the chain
 * already gave them, or, for those not chained yet, in the order they were refused.
 */
final class RefusalSource {
  private static final String SELECT = """
      select refusal_id, refused_at, actor, action, resource_type, resource_id, project_id, code, reason,
             correlation_id, client_address, chain_seq
      from eventstore.command_refusal""";
  private final DSLContext dsl;

  RefusalSource(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Refusals that already have a place in the chain after {@code seq}, by that place (at most {@code limit}). */
  Map<Long, AuditContent> chainedAfter(long seq, int limit) {
    Map<Long, AuditContent> placed = new HashMap<>();
    dsl.fetch(SELECT + " where chain_seq > ? order by chain_seq limit ?", seq, limit)
        .forEach(r -> placed.put(r.get("chain_seq", Long.class), content(r)));
    return placed;
  }

  /** Refusals not chained yet that happened when the event store was no further than {@code position}. */
  List<AuditContent> unchainedUpTo(long position, int limit) {
    return dsl.fetch(SELECT + " where chain_seq is null and head_position <= ? order by refusal_id limit ?",
        position, limit).map(RefusalSource::content);
  }

  void placeAt(long refusalId, long seq) {
    dsl.execute("update eventstore.command_refusal set chain_seq = ? where refusal_id = ? and chain_seq is null",
        seq, refusalId);
  }

  private static AuditContent content(Record r) {
    return new AuditContent(AuditContent.REFUSAL, null, r.get("refusal_id", Long.class), null,
        r.get("refused_at", OffsetDateTime.class).toInstant(), r.get("actor", String.class),
        r.get("action", String.class), r.get("resource_type", String.class), r.get("resource_id", String.class),
        r.get("project_id", String.class), AuditContent.REFUSED, r.get("code", String.class),
        r.get("reason", String.class), r.get("correlation_id", String.class), r.get("client_address", String.class),
        null);
  }
}

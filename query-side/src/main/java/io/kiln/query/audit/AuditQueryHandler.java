package io.kiln.query.audit;

import static io.kiln.domain.audit.AuditAccess.requireAuditReader;
import static io.kiln.query.jooq.Tables.AUDIT_CHECKPOINT;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.audit.AuditCheckpointPage;
import io.kiln.domain.audit.AuditCheckpointView;
import io.kiln.domain.audit.AuditRecordPage;
import io.kiln.domain.audit.AuditRecordView;
import io.kiln.domain.audit.AuditVerification;
import io.kiln.domain.audit.ListAuditCheckpointsQuery;
import io.kiln.domain.audit.ListAuditRecordsQuery;
import io.kiln.domain.audit.VerifyAuditTrailQuery;
import io.kiln.query.PageTokens;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** The audit trail for administrators and auditors: pages of records, checkpoints, and verification of the chain. */
@Component
class AuditQueryHandler {
  private final DSLContext dsl;
  private final AuditVerifier verifier;

  AuditQueryHandler(DSLContext dsl, AuditVerifier verifier) {
    this.dsl = dsl;
    this.verifier = verifier;
  }

  @QueryHandler
  AuditRecordPage handle(ListAuditRecordsQuery query) {
    requireAuditReader(query.viewer());
    Condition where = AuditConditions.of(query.filter());
    Long after = seqAfter(query.pageToken());
    if (after != null) {
      where = where.and(query.newestFirst() ? AUDIT_RECORD.SEQ.lt(after) : AUDIT_RECORD.SEQ.gt(after));
    }
    List<Record> rows = AuditViews.select(dsl).where(where)
        .orderBy(query.newestFirst() ? AUDIT_RECORD.SEQ.desc() : AUDIT_RECORD.SEQ.asc())
        .limit(query.pageSize() + 1)
        .fetch();
    List<AuditRecordView> items = rows.stream().limit(query.pageSize()).map(AuditViews::of).toList();
    String next = rows.size() > query.pageSize()
        ? PageTokens.encode("audit", Long.toString(items.get(items.size() - 1).seq())) : null;
    return new AuditRecordPage(items, next);
  }

  @QueryHandler
  AuditVerification handle(VerifyAuditTrailQuery query) {
    requireAuditReader(query.viewer());
    return verifier.verify(query.fromSeq(), query.toSeq());
  }

  @QueryHandler
  AuditCheckpointPage handle(ListAuditCheckpointsQuery query) {
    requireAuditReader(query.viewer());
    Long before = seqAfter(query.pageToken());
    var rows = dsl.selectFrom(AUDIT_CHECKPOINT)
        .where(before == null ? org.jooq.impl.DSL.trueCondition() : AUDIT_CHECKPOINT.SEQ.lt(before))
        .orderBy(AUDIT_CHECKPOINT.SEQ.desc())
        .limit(query.pageSize() + 1)
        .fetch();
    List<AuditCheckpointView> items = rows.stream().limit(query.pageSize())
        .map(r -> new AuditCheckpointView(r.getSeq(), r.getHash(), r.getSignedAt().toInstant(), r.getKeyId(),
            r.getSignature()))
        .toList();
    String next = rows.size() > query.pageSize()
        ? PageTokens.encode("audit", Long.toString(items.get(items.size() - 1).seq())) : null;
    return new AuditCheckpointPage(items, next);
  }

  private static Long seqAfter(String token) {
    List<String> after = PageTokens.decode(token);
    if (after == null) {
      return null;
    }
    try {
      return Long.parseLong(after.get(1));
    } catch (NumberFormatException e) {
      throw PageTokens.invalid();
    }
  }
}

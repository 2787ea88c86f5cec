package io.kiln.query.audit;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.audit.AuditRecordView;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.SQLDataType;

/** Reads audit records with the username of their actor, and turns them into views. */
final class AuditViews {
  private AuditViews() {}

  static SelectOnConditionStep<Record> select(DSLContext dsl) {
    return dsl.select(AUDIT_RECORD.fields()).select(APP_USER.USERNAME)
        .from(AUDIT_RECORD)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.cast(SQLDataType.VARCHAR).eq(AUDIT_RECORD.ACTOR));
  }

  static AuditRecordView of(Record r) {
    return new AuditRecordView(r.get(AUDIT_RECORD.SEQ), r.get(AUDIT_RECORD.KIND), r.get(AUDIT_RECORD.POSITION),
        r.get(AUDIT_RECORD.REFUSAL_ID), r.get(AUDIT_RECORD.EVENT_ID), r.get(AUDIT_RECORD.OCCURRED_AT).toInstant(),
        r.get(AUDIT_RECORD.ACTOR), r.get(APP_USER.USERNAME), r.get(AUDIT_RECORD.ACTION),
        r.get(AUDIT_RECORD.RESOURCE_TYPE), r.get(AUDIT_RECORD.RESOURCE_ID), r.get(AUDIT_RECORD.PROJECT_ID),
        r.get(AUDIT_RECORD.OUTCOME), r.get(AUDIT_RECORD.REASON_CODE), r.get(AUDIT_RECORD.REASON),
        r.get(AUDIT_RECORD.CORRELATION_ID), r.get(AUDIT_RECORD.CLIENT_ADDRESS), r.get(AUDIT_RECORD.DETAILS),
        r.get(AUDIT_RECORD.PREV_HASH), r.get(AUDIT_RECORD.HASH));
  }
}

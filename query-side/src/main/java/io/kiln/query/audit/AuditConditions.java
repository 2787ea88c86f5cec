package io.kiln.query.audit;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.AUDIT_RECORD;

import io.kiln.domain.audit.AuditFilter;
import io.kiln.domain.user.UserRules;
import java.time.ZoneOffset;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** An {@link AuditFilter} as SQL. An actor is matched by id or, for users, by username. */
final class AuditConditions {
  private AuditConditions() {}

  static Condition of(AuditFilter f) {
    Condition where = DSL.trueCondition();
    if (f.actor() != null) {
      where = where.and(AUDIT_RECORD.ACTOR.eq(f.actor()).or(AUDIT_RECORD.ACTOR.in(
          DSL.select(APP_USER.USER_ID.cast(SQLDataType.VARCHAR)).from(APP_USER)
              .where(APP_USER.USERNAME_KEY.eq(UserRules.usernameKey(f.actor()))))));
    }
    if (f.projectId() != null) {
      where = where.and(AUDIT_RECORD.PROJECT_ID.eq(f.projectId()));
    }
    if (f.resourceType() != null) {
      where = where.and(AUDIT_RECORD.RESOURCE_TYPE.eq(f.resourceType()));
    }
    if (f.resourceId() != null) {
      where = where.and(AUDIT_RECORD.RESOURCE_ID.eq(f.resourceId()));
    }
    if (f.action() != null) {
      where = where.and(AUDIT_RECORD.ACTION.eq(f.action()));
    }
    if (f.outcome() != null) {
      where = where.and(AUDIT_RECORD.OUTCOME.eq(f.outcome()));
    }
    if (f.from() != null) {
      where = where.and(AUDIT_RECORD.OCCURRED_AT.ge(f.from().atOffset(ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      where = where.and(AUDIT_RECORD.OCCURRED_AT.lt(f.to().atOffset(ZoneOffset.UTC)));
    }
    return where;
  }
}

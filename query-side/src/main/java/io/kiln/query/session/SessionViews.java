package io.kiln.query.session;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.SESSION;

import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.session.SessionState;
import io.kiln.domain.session.SessionStopReason;
import io.kiln.domain.session.SessionView;
import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads session rows with their owner's name and turns them into views; projectors use it to publish changes. */
public final class SessionViews {
  private final DSLContext dsl;

  public SessionViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<SessionView> byId(String sessionId) {
    return select().where(SESSION.SESSION_ID.eq(UUID.fromString(sessionId))).fetchOptional().map(SessionViews::view);
  }

  SelectJoinStep<Record> select() {
    return dsl.select(SESSION.fields()).select(APP_USER.USERNAME).from(SESSION)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(SESSION.OWNER_ID));
  }

  static List<SessionView> views(List<Record> rows) {
    return rows.stream().map(SessionViews::view).toList();
  }

  static SessionView view(Record r) {
    return new SessionView(r.get(SESSION.SESSION_ID).toString(), r.get(SESSION.PROJECT_ID).toString(),
        r.get(SESSION.OWNER_ID).toString(), r.get(APP_USER.USERNAME), r.get(SESSION.NAME),
        SessionState.valueOf(r.get(SESSION.STATE)), r.get(SESSION.RUNTIME_ID).toString(),
        r.get(SESSION.RUNTIME_NAME), r.get(SESSION.IMAGE),
        WireNames.parse(Editor.class, r.get(SESSION.EDITOR)).orElseThrow(), r.get(SESSION.PROFILE_ID).toString(),
        r.get(SESSION.PROFILE_NAME), new Resources(r.get(SESSION.CPU_MILLIS), r.get(SESSION.MEMORY_MIB),
            r.get(SESSION.GPUS), r.get(SESSION.GPU_TYPE)), r.get(SESSION.URL),
        r.get(SESSION.STOP_REASON) == null ? null : SessionStopReason.valueOf(r.get(SESSION.STOP_REASON)),
        r.get(SESSION.FAILURE_REASON), r.get(SESSION.IDLE_TIMEOUT_SECONDS) / 60,
        instant(r.get(SESSION.LAST_ACTIVITY_AT)), instant(r.get(SESSION.ENDS_AT)),
        instant(r.get(SESSION.CREATED_AT)), instant(r.get(SESSION.UPDATED_AT)), r.get(SESSION.VERSION),
        r.get(SESSION.RUNTIME_DEPRECATED) ? List.of("Runtime " + r.get(SESSION.RUNTIME_NAME) + " is deprecated")
            : List.of());
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}

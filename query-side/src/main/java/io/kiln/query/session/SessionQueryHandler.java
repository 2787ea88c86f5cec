package io.kiln.query.session;

import static io.kiln.query.jooq.Tables.SESSION;

import io.kiln.domain.session.FindSessionQuery;
import io.kiln.domain.session.ListSessionsQuery;
import io.kiln.domain.session.SessionPage;
import io.kiln.domain.session.SessionView;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Sessions, newest first, of the projects the viewer may see. */
@Component
class SessionQueryHandler {
  private static final Keyset<OffsetDateTime> NEWEST_FIRST =
      new Keyset<>(SESSION.CREATED_AT, SESSION.SESSION_ID, true, OffsetDateTime::parse);
  private final SessionViews views;

  SessionQueryHandler(DSLContext dsl) {
    this.views = new SessionViews(dsl);
  }

  @QueryHandler
  Optional<SessionView> handle(FindSessionQuery query) {
    return Uuids.parse(query.sessionId())
        .flatMap(id -> views.select().where(SESSION.SESSION_ID.eq(id))
            .and(ProjectVisibility.visibleTo(query.viewer(), SESSION.PROJECT_ID)).fetchOptional())
        .map(SessionViews::view);
  }

  @QueryHandler
  SessionPage handle(ListSessionsQuery query) {
    UUID projectId = Uuids.parse(query.projectId()).orElse(new UUID(0, 0));
    var rows = views.select().where(SESSION.PROJECT_ID.eq(projectId))
        .and(ProjectVisibility.visibleTo(query.viewer(), SESSION.PROJECT_ID))
        .and(NEWEST_FIRST.after(query.pageToken()))
        .orderBy(NEWEST_FIRST.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = NEWEST_FIRST.slice(rows, query.pageSize(), SessionViews::views);
    return new SessionPage(slice.items(), slice.nextPageToken());
  }
}

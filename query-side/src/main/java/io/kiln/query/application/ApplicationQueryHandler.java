package io.kiln.query.application;

import static io.kiln.query.jooq.Tables.APPLICATION;

import io.kiln.domain.application.ApplicationPage;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.ApplicationView;
import io.kiln.domain.application.FindApplicationQuery;
import io.kiln.domain.application.ListApplicationsQuery;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Applications of the projects the viewer may see, by name; deleted ones are gone. */
@Component
class ApplicationQueryHandler {
  private static final Keyset<String> BY_NAME = Keyset.byName(APPLICATION.NAME_KEY, APPLICATION.APPLICATION_ID);
  private final ApplicationViews views;

  ApplicationQueryHandler(DSLContext dsl) {
    this.views = new ApplicationViews(dsl);
  }

  @QueryHandler
  Optional<ApplicationView> handle(FindApplicationQuery query) {
    return Uuids.parse(query.applicationId())
        .flatMap(id -> views.select().where(APPLICATION.APPLICATION_ID.eq(id))
            .and(APPLICATION.STATE.ne(ApplicationState.DELETED.name()))
            .and(ProjectVisibility.visibleTo(query.viewer(), APPLICATION.PROJECT_ID)).fetchOptional())
        .map(ApplicationViews::view);
  }

  @QueryHandler
  ApplicationPage handle(ListApplicationsQuery query) {
    UUID projectId = Uuids.parse(query.projectId()).orElse(new UUID(0, 0));
    var rows = views.select().where(APPLICATION.PROJECT_ID.eq(projectId))
        .and(APPLICATION.STATE.ne(ApplicationState.DELETED.name()))
        .and(ProjectVisibility.visibleTo(query.viewer(), APPLICATION.PROJECT_ID))
        .and(BY_NAME.after(query.pageToken()))
        .orderBy(BY_NAME.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = BY_NAME.slice(rows, query.pageSize(), ApplicationViews::views);
    return new ApplicationPage(slice.items(), slice.nextPageToken());
  }
}

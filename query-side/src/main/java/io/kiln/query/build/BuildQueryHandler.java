package io.kiln.query.build;

import static io.kiln.query.jooq.Tables.BUILD;

import io.kiln.domain.build.BuildPage;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.FindBuildQuery;
import io.kiln.domain.build.ListBuildsQuery;
import io.kiln.query.Keyset;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Builds, newest first, of the projects the viewer may see. */
@Component
class BuildQueryHandler {
  private static final Keyset<OffsetDateTime> NEWEST_FIRST =
      new Keyset<>(BUILD.CREATED_AT, BUILD.BUILD_ID, true, OffsetDateTime::parse);
  private final BuildViews views;

  BuildQueryHandler(DSLContext dsl) {
    this.views = new BuildViews(dsl);
  }

  @QueryHandler
  Optional<BuildView> handle(FindBuildQuery query) {
    return Uuids.parse(query.buildId())
        .flatMap(id -> views.select().where(BUILD.BUILD_ID.eq(id))
            .and(ProjectVisibility.visibleTo(query.viewer(), BUILD.PROJECT_ID)).fetchOptional())
        .map(BuildViews::view);
  }

  @QueryHandler
  BuildPage handle(ListBuildsQuery query) {
    UUID none = new UUID(0, 0);
    Condition scope = query.modelId() != null
        ? BUILD.MODEL_ID.eq(Uuids.parse(query.modelId()).orElse(none))
        : BUILD.PROJECT_ID.eq(Uuids.parse(query.projectId()).orElse(none));
    var rows = views.select().where(scope)
        .and(ProjectVisibility.visibleTo(query.viewer(), BUILD.PROJECT_ID))
        .and(NEWEST_FIRST.after(query.pageToken()))
        .orderBy(NEWEST_FIRST.order())
        .limit(query.pageSize() + 1)
        .fetch();
    var slice = NEWEST_FIRST.slice(rows, query.pageSize(), BuildViews::views);
    return new BuildPage(slice.items(), slice.nextPageToken());
  }
}

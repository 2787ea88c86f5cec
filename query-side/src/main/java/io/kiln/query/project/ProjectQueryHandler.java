package io.kiln.query.project;

import static io.kiln.query.jooq.Tables.PROJECT;

import io.kiln.domain.Actor;
import io.kiln.domain.project.FindProjectQuery;
import io.kiln.domain.project.ListProjectsQuery;
import io.kiln.domain.project.ProjectPage;
import io.kiln.domain.project.ProjectRules;
import io.kiln.domain.project.ProjectView;
import io.kiln.query.PageTokens;
import io.kiln.query.ProjectVisibility;
import io.kiln.query.Uuids;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Projects as the viewer may see them: collaborators see their projects, everyone sees team and public ones. */
@Component
class ProjectQueryHandler {
  private final DSLContext dsl;
  private final ProjectViews views;

  ProjectQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
    this.views = new ProjectViews(dsl);
  }

  @QueryHandler
  Optional<ProjectView> handle(FindProjectQuery query) {
    Optional<UUID> id = Uuids.parse(query.projectId());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    List<Record> rows = views.select().where(PROJECT.PROJECT_ID.eq(id.get()).and(visibleTo(query.viewer()))).fetch();
    return views.of(rows).stream().findFirst();
  }

  @QueryHandler
  ProjectPage handle(ListProjectsQuery query) {
    Condition where = visibleTo(query.viewer());
    if (query.search() != null) {
      where = where.and(PROJECT.NAME_KEY.like(PageTokens.containsPattern(ProjectRules.nameKey(query.search())), '\\'));
    }
    List<String> after = PageTokens.decode(query.pageToken());
    if (after != null) {
      UUID lastId = Uuids.parse(after.get(1)).orElseThrow(PageTokens::invalid);
      where = where.and(DSL.row(PROJECT.NAME_KEY, PROJECT.PROJECT_ID).gt(after.get(0), lastId));
    }
    List<Record> rows = views.select().where(where)
        .orderBy(PROJECT.NAME_KEY, PROJECT.PROJECT_ID)
        .limit(query.pageSize() + 1)
        .fetch();
    List<ProjectView> items = views.of(rows.subList(0, Math.min(rows.size(), query.pageSize())));
    String next = null;
    if (rows.size() > query.pageSize()) {
      Record last = rows.get(query.pageSize() - 1);
      next = PageTokens.encode(last.get(PROJECT.NAME_KEY), last.get(PROJECT.PROJECT_ID).toString());
    }
    return new ProjectPage(items, next);
  }

  private static Condition visibleTo(Actor viewer) {
    return ProjectVisibility.visibleTo(viewer, PROJECT.PROJECT_ID);
  }

}

package io.kiln.query.project;

import static io.kiln.query.jooq.Tables.APP_USER;
import static io.kiln.query.jooq.Tables.PROJECT;
import static io.kiln.query.jooq.Tables.PROJECT_MEMBER;

import io.kiln.domain.WireNames;
import io.kiln.domain.project.CollaboratorView;
import io.kiln.domain.project.ProjectFilesState;
import io.kiln.domain.project.ProjectFilesView;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.project.Visibility;
import io.kiln.query.jooq.tables.AppUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads project rows with their owner's name and their collaborators, and turns them into views. */
final class ProjectViews {
  private static final AppUser OWNER = APP_USER.as("owner");
  private final DSLContext dsl;

  ProjectViews(DSLContext dsl) {
    this.dsl = dsl;
  }

  SelectJoinStep<Record> select() {
    return dsl.select(PROJECT.fields()).select(OWNER.USERNAME)
        .from(PROJECT)
        .leftJoin(OWNER).on(OWNER.USER_ID.eq(PROJECT.OWNER_ID));
  }

  List<ProjectView> of(List<Record> rows) {
    List<UUID> ids = rows.stream().map(r -> r.get(PROJECT.PROJECT_ID)).toList();
    Map<UUID, List<CollaboratorView>> collaborators = collaboratorsOf(ids);
    return rows.stream().map(r -> new ProjectView(
        r.get(PROJECT.PROJECT_ID).toString(),
        r.get(PROJECT.NAME),
        r.get(PROJECT.DESCRIPTION),
        WireNames.parse(Visibility.class, r.get(PROJECT.VISIBILITY)).orElseThrow(),
        r.get(PROJECT.OWNER_ID).toString(),
        r.get(OWNER.USERNAME),
        r.get(PROJECT.ARCHIVED),
        r.get(PROJECT.CREATED_AT).toInstant(),
        r.get(PROJECT.UPDATED_AT).toInstant(),
        r.get(PROJECT.VERSION),
        collaborators.getOrDefault(r.get(PROJECT.PROJECT_ID), List.of()),
        new ProjectFilesView(WireNames.parse(ProjectFilesState.class, r.get(PROJECT.FILES_STATE)).orElseThrow(),
            r.get(PROJECT.GIT_URL), r.get(PROJECT.GIT_REF), r.get(PROJECT.GIT_COMMIT), r.get(PROJECT.FILES_REASON))))
        .toList();
  }

  private Map<UUID, List<CollaboratorView>> collaboratorsOf(List<UUID> projectIds) {
    if (projectIds.isEmpty()) {
      return Map.of();
    }
    return dsl.select(PROJECT_MEMBER.PROJECT_ID, PROJECT_MEMBER.USER_ID, PROJECT_MEMBER.ROLE, APP_USER.USERNAME)
        .from(PROJECT_MEMBER)
        .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(PROJECT_MEMBER.USER_ID))
        .where(PROJECT_MEMBER.PROJECT_ID.in(projectIds))
        .orderBy(PROJECT_MEMBER.SINCE, PROJECT_MEMBER.USER_ID)
        .fetch()
        .stream()
        .collect(Collectors.groupingBy(r -> r.get(PROJECT_MEMBER.PROJECT_ID), Collectors.mapping(
            r -> new CollaboratorView(r.get(PROJECT_MEMBER.USER_ID).toString(), r.get(APP_USER.USERNAME),
                WireNames.parse(ProjectRole.class, r.get(PROJECT_MEMBER.ROLE)).orElseThrow()),
            Collectors.toList())));
  }
}

package io.kiln.query;

import static io.kiln.query.jooq.Tables.PROJECT;
import static io.kiln.query.jooq.Tables.PROJECT_MEMBER;

import io.kiln.domain.Actor;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.Visibility;
import io.kiln.query.jooq.tables.Project;
import io.kiln.query.jooq.tables.ProjectMember;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Who sees what belongs to a project (tables aliased, so that it also applies to the project table itself): its collaborators, everyone for team and public projects, admins and auditors
 * always. The one place the read side decides it.
 */
public final class ProjectVisibility {
  private ProjectVisibility() {}

  /** Rows whose {@code projectId} names a project the viewer may see. */
  public static Condition visibleTo(Actor viewer, Field<UUID> projectId) {
    if (viewer.seesEverything()) {
      return DSL.trueCondition();
    }
    UUID viewerId = Uuids.parse(viewer.id()).orElse(new UUID(0, 0));
    Project project = PROJECT.as("visible_project");
    ProjectMember member = PROJECT_MEMBER.as("visible_member");
    Condition open = DSL.exists(DSL.selectOne().from(project)
        .where(project.PROJECT_ID.eq(projectId))
        .and(project.VISIBILITY.ne(WireNames.of(Visibility.PRIVATE))));
    Condition collaborator = DSL.exists(DSL.selectOne().from(member)
        .where(member.PROJECT_ID.eq(projectId))
        .and(member.USER_ID.eq(viewerId)));
    return open.or(collaborator);
  }
}

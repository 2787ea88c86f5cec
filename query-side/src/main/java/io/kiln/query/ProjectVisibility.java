package io.kiln.query;

import static io.kiln.query.jooq.Tables.PROJECT;
import static io.kiln.query.jooq.Tables.PROJECT_MEMBER;

import io.kiln.domain.Actor;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.Visibility;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Who sees what belongs to a project: its collaborators, everyone for team and public projects, admins and auditors
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
    Condition open = DSL.exists(DSL.selectOne().from(PROJECT)
        .where(PROJECT.PROJECT_ID.eq(projectId))
        .and(PROJECT.VISIBILITY.ne(WireNames.of(Visibility.PRIVATE))));
    Condition member = DSL.exists(DSL.selectOne().from(PROJECT_MEMBER)
        .where(PROJECT_MEMBER.PROJECT_ID.eq(projectId))
        .and(PROJECT_MEMBER.USER_ID.eq(viewerId)));
    return open.or(member);
  }
}

package io.kiln.command.project;

import io.kiln.domain.Actor;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.Visibility;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcProjectAccess implements ProjectAccess {
  private final JdbcTemplate jdbc;

  JdbcProjectAccess(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Access of(String projectId, Actor actor) {
    List<Access> found = jdbc.query("""
        select s.owner_id, s.visibility, s.archived, r.role
        from eventstore.project_state s
        left join eventstore.project_role r on r.project_id = s.project_id and r.user_id = ?
        where s.project_id = ?""", (rs, n) -> {
          ProjectRole role = rs.getString(4) == null ? null
              : WireNames.parse(ProjectRole.class, rs.getString(4)).orElse(null);
          if (actor.is(rs.getString(1)) || actor.isAdmin()) {
            role = ProjectRole.OWNER;
          }
          boolean visible = role != null || actor.seesEverything()
              || !WireNames.of(Visibility.PRIVATE).equals(rs.getString(2));
          return new Access(visible, role, rs.getBoolean(3));
        }, actor.id(), projectId);
    return found.isEmpty() ? Access.NONE : found.get(0);
  }
}

package io.kiln.command.project;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcProjectAccess implements ProjectAccess {
  private final JdbcTemplate jdbc;

  JdbcProjectAccess(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String projectId) {
    return !jdbc.queryForList("select 1 from eventstore.project_access where project_id = ? and role = 'OWNER'",
        Integer.class, projectId).isEmpty();
  }

  @Override
  public boolean mayAdminister(String userId, String projectId) {
    return !jdbc.queryForList("select 1 from eventstore.project_access where project_id = ? and user_id = ?"
        + " and role in ('OWNER', 'ADMIN')", Integer.class, projectId, userId).isEmpty();
  }
}

package io.kiln.command.project;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcProjectAdministrators implements ProjectAdministrators {
  private final JdbcTemplate jdbc;

  JdbcProjectAdministrators(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String projectId) {
    return !jdbc.queryForList("select 1 from eventstore.project_membership where project_id = ? and role = 'OWNER'",
        Integer.class, projectId).isEmpty();
  }

  @Override
  public boolean mayAdminister(String userId, String projectId) {
    return !jdbc.queryForList("select 1 from eventstore.project_membership where project_id = ? and user_id = ?"
        + " and role in ('OWNER', 'ADMIN')", Integer.class, projectId, userId).isEmpty();
  }
}

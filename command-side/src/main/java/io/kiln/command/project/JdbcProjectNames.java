package io.kiln.command.project;

import io.kiln.domain.project.ProjectRules;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcProjectNames implements ProjectNames {
  private final JdbcTemplate jdbc;

  JdbcProjectNames(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<String> holder(String ownerId, String name) {
    return jdbc.queryForList("select project_id from eventstore.project_name where owner_id = ? and name_key = ?",
        String.class, ownerId, ProjectRules.nameKey(name)).stream().findFirst();
  }
}

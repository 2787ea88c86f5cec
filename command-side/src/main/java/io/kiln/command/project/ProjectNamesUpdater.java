package io.kiln.command.project;

import io.kiln.command.LookupTables;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ProjectRenamedEvent;
import io.kiln.domain.project.ProjectRules;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.PROJECT_NAMES)
class ProjectNamesUpdater {
  private final JdbcTemplate jdbc;

  ProjectNamesUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ProjectCreatedEvent event) {
    try {
      jdbc.update("insert into eventstore.project_name (owner_id, name_key, project_id) values (?, ?, ?)",
          event.ownerId(), ProjectRules.nameKey(event.name()), event.projectId());
    } catch (DuplicateKeyException e) {
      throw taken(event.name());
    }
  }

  @EventHandler
  void on(ProjectRenamedEvent event) {
    try {
      jdbc.update("update eventstore.project_name set name_key = ? where project_id = ?",
          ProjectRules.nameKey(event.name()), event.projectId());
    } catch (DuplicateKeyException e) {
      throw taken(event.name());
    }
  }

  static KilnException taken(String name) {
    return new KilnException(ErrorCode.PROJECT_NAME_TAKEN, "You already have a project named " + name);
  }
}

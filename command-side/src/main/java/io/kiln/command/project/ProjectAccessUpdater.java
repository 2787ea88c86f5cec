package io.kiln.command.project;

import io.kiln.command.LookupTables;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.CollaboratorRemovedEvent;
import io.kiln.domain.project.CollaboratorRoleChangedEvent;
import io.kiln.domain.project.ProjectArchivedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ProjectVisibilityChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.PROJECT_ACCESS)
class ProjectAccessUpdater {
  private final JdbcTemplate jdbc;

  ProjectAccessUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ProjectCreatedEvent e) {
    jdbc.update("insert into eventstore.project_state (project_id, owner_id, visibility, archived) "
        + "values (?, ?, ?, false) on conflict do nothing", e.projectId(), e.ownerId(), WireNames.of(e.visibility()));
  }

  @EventHandler
  void on(ProjectVisibilityChangedEvent e) {
    jdbc.update("update eventstore.project_state set visibility = ? where project_id = ?",
        WireNames.of(e.visibility()), e.projectId());
  }

  @EventHandler
  void on(ProjectArchivedEvent e) {
    jdbc.update("update eventstore.project_state set archived = true where project_id = ?", e.projectId());
  }

  @EventHandler
  void on(CollaboratorAddedEvent e) {
    put(e.projectId(), e.userId(), WireNames.of(e.role()));
  }

  @EventHandler
  void on(CollaboratorRoleChangedEvent e) {
    put(e.projectId(), e.userId(), WireNames.of(e.role()));
  }

  @EventHandler
  void on(CollaboratorRemovedEvent e) {
    jdbc.update("delete from eventstore.project_role where project_id = ? and user_id = ?", e.projectId(), e.userId());
  }

  private void put(String projectId, String userId, String role) {
    jdbc.update("insert into eventstore.project_role (project_id, user_id, role) values (?, ?, ?) "
        + "on conflict (project_id, user_id) do update set role = excluded.role", projectId, userId, role);
  }
}

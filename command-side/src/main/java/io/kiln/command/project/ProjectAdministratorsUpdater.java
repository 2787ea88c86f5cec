package io.kiln.command.project;

import io.kiln.command.LookupTables;
import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.CollaboratorRemovedEvent;
import io.kiln.domain.project.CollaboratorRoleChangedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ProjectRole;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LookupTables.PROJECT_ADMINISTRATORS)
class ProjectAdministratorsUpdater {
  private final JdbcTemplate jdbc;

  ProjectAdministratorsUpdater(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ProjectCreatedEvent event) {
    put(event.projectId(), event.ownerId(), ProjectRole.OWNER);
  }

  @EventHandler
  void on(CollaboratorAddedEvent event) {
    put(event.projectId(), event.userId(), event.role());
  }

  @EventHandler
  void on(CollaboratorRoleChangedEvent event) {
    put(event.projectId(), event.userId(), event.role());
  }

  @EventHandler
  void on(CollaboratorRemovedEvent event) {
    jdbc.update("delete from eventstore.project_membership where project_id = ? and user_id = ?", event.projectId(),
        event.userId());
  }

  private void put(String projectId, String userId, ProjectRole role) {
    jdbc.update("""
        insert into eventstore.project_membership (project_id, user_id, role) values (?, ?, ?)
        on conflict (project_id, user_id) do update set role = excluded.role""", projectId, userId, role.name());
  }
}

package io.kiln.k8s.storage;

import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.CollaboratorRemovedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.k8s.K8sSettings;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.desired.DesiredObjects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wants the project's volume and claim in the namespace of its owner and of each collaborator; a removed collaborator
 * loses the claim, the files stay. Workloads run only for collaborators, so that is where claims are needed.
 */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(ProjectStorage.GROUP)
class ProjectStorage {
  static final String GROUP = "k8s-storage";
  private final DesiredObjects desired;
  private final JdbcTemplate jdbc;
  private final K8sSettings settings;

  ProjectStorage(DesiredObjects desired, JdbcTemplate jdbc, K8sSettings settings) {
    this.desired = desired;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @EventHandler
  void on(ProjectCreatedEvent e) {
    member(e.projectId(), e.ownerId());
  }

  @EventHandler
  void on(CollaboratorAddedEvent e) {
    member(e.projectId(), e.userId());
  }

  @EventHandler
  void on(CollaboratorRemovedEvent e) {
    jdbc.update("delete from eventstore.k8s_project_member where project_id = ? and user_id = ?", e.projectId(),
        e.userId());
    desired.unwant(owner(e.projectId(), e.userId()));
  }

  private void member(String projectId, String userId) {
    jdbc.update("insert into eventstore.k8s_project_member (project_id, user_id) values (?, ?) on conflict do nothing",
        projectId, userId);
    if (StorageManifests.configured(settings)) {
      StorageManifests.of(projectId, userId, settings).forEach(o -> desired.want(owner(projectId, userId), o));
    }
  }

  static String owner(String projectId, String userId) {
    return "storage:" + projectId + ":" + userId;
  }
}

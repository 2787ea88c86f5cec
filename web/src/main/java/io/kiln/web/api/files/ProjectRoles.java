package io.kiln.web.api.files;

import io.kiln.domain.Actor;
import io.kiln.domain.project.CollaboratorView;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;

/** The caller's role in a project they may see: admins act as owners; anyone else who sees it is at least a viewer. */
final class ProjectRoles {
  private ProjectRoles() {}

  static ProjectRole of(ProjectView project, Actor actor) {
    if (actor.isAdmin() || actor.is(project.ownerId())) {
      return ProjectRole.OWNER;
    }
    return project.collaborators().stream().filter(c -> actor.is(c.userId())).map(CollaboratorView::role)
        .findFirst().orElse(ProjectRole.VIEWER);
  }
}

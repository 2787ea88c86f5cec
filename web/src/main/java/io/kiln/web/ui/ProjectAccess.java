package io.kiln.web.ui;

import io.kiln.domain.project.CollaboratorView;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.user.Principal;
import io.kiln.domain.user.UserRole;

/** What a person may do on a project, so that a page offers only the controls that would work. */
public record ProjectAccess(boolean administer, boolean editDetails, boolean operate, boolean contribute) {

  public static ProjectAccess of(ProjectView project, Principal me) {
    if (me.role() == UserRole.AUDITOR || project.archived()) {
      return new ProjectAccess(false, false, false, false);
    }
    if (me.role() == UserRole.ADMIN) {
      return new ProjectAccess(true, true, true, true);
    }
    ProjectRole role = project.ownerId().equals(me.userId()) ? ProjectRole.OWNER : project.collaborators().stream()
        .filter(c -> c.userId().equals(me.userId())).map(CollaboratorView::role).findFirst().orElse(null);
    if (role == null) {
      return new ProjectAccess(false, false, false, false);
    }
    return new ProjectAccess(role.mayAdminister(), role.mayEditDetails(), role.compareTo(ProjectRole.OPERATOR) >= 0,
        role.compareTo(ProjectRole.CONTRIBUTOR) >= 0);
  }
}

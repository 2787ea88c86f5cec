package io.kiln.command.project;

import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.user.UserRole;

/**
 * An actor's standing in a project: whether the project exists and is visible to them, their role (platform admins
 * count as owners), and whether the project is archived.
 */
public record Access(boolean visible, ProjectRole role, boolean archived) {
  public static final Access NONE = new Access(false, null, false);

  /** Refuses unless the actor sees the project, may write, holds at least {@code minimum}, and it is not archived. */
  public void require(Actor actor, ProjectRole minimum, String what) {
    if (!visible) {
      throw new KilnException(ErrorCode.PROJECT_NOT_FOUND, "Project not found");
    }
    if (actor.role() == UserRole.AUDITOR || role == null || role.compareTo(minimum) < 0) {
      throw KilnException.forbidden("You may not " + what + " in this project");
    }
    if (archived) {
      throw new KilnException(ErrorCode.PROJECT_ARCHIVED, "The project is archived");
    }
  }
}

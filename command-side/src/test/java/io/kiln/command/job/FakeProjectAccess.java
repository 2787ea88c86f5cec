package io.kiln.command.job;

import io.kiln.command.project.Access;
import io.kiln.command.project.ProjectAccess;
import io.kiln.domain.Actor;
import io.kiln.domain.project.ProjectRole;
import java.util.HashMap;
import java.util.Map;

/** A private project and who holds which role in it; platform admins count as owners, as in the real table. */
final class FakeProjectAccess implements ProjectAccess {
  private final Map<String, ProjectRole> roles = new HashMap<>();
  private boolean archived;

  FakeProjectAccess role(String userId, ProjectRole role) {
    roles.put(userId, role);
    return this;
  }

  FakeProjectAccess archived() {
    archived = true;
    return this;
  }

  @Override
  public Access of(String projectId, Actor actor) {
    if (!JobTestData.PROJECT.equals(projectId)) {
      return Access.NONE;
    }
    ProjectRole role = actor.isAdmin() ? ProjectRole.OWNER : roles.get(actor.id());
    return new Access(role != null || actor.seesEverything(), role, archived);
  }
}

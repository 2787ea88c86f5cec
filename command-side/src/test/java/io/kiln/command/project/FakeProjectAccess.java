package io.kiln.command.project;

import io.kiln.domain.Actor;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.Visibility;
import java.util.HashMap;
import java.util.Map;

/**
 * An in-memory {@link ProjectAccess} that answers as the real table does: the owner and platform admins hold
 * {@code OWNER}, collaborators their role; a project is visible to its members, to admins and auditors, and to
 * everyone unless it is private.
 */
public class FakeProjectAccess implements ProjectAccess {
  private final Map<String, Entry> projects = new HashMap<>();

  /** A private project owned by {@code ownerId}. */
  public FakeProjectAccess project(String projectId, String ownerId) {
    projects.put(projectId, new Entry(ownerId));
    return this;
  }

  public FakeProjectAccess role(String projectId, String userId, ProjectRole role) {
    entry(projectId).roles.put(userId, role);
    return this;
  }

  public FakeProjectAccess visibility(String projectId, Visibility visibility) {
    entry(projectId).visibility = visibility;
    return this;
  }

  public FakeProjectAccess archive(String projectId) {
    entry(projectId).archived = true;
    return this;
  }

  public FakeProjectAccess remove(String projectId, String userId) {
    entry(projectId).roles.remove(userId);
    return this;
  }

  @Override
  public Access of(String projectId, Actor actor) {
    Entry project = projects.get(projectId);
    if (project == null) {
      return Access.NONE;
    }
    ProjectRole role = actor.is(project.ownerId) || actor.isAdmin() ? ProjectRole.OWNER : project.roles.get(actor.id());
    boolean visible = role != null || actor.seesEverything() || project.visibility != Visibility.PRIVATE;
    return new Access(visible, role, project.archived);
  }

  private Entry entry(String projectId) {
    Entry project = projects.get(projectId);
    if (project == null) {
      throw new IllegalStateException("No project " + projectId + " in the fake; add it first");
    }
    return project;
  }

  private static final class Entry {
    private final String ownerId;
    private final Map<String, ProjectRole> roles = new HashMap<>();
    private Visibility visibility = Visibility.PRIVATE;
    private boolean archived;

    private Entry(String ownerId) {
      this.ownerId = ownerId;
    }
  }
}

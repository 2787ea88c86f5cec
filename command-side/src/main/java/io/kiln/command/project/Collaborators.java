package io.kiln.command.project;

import io.kiln.domain.project.ProjectRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The collaborators of a project other than its owner, with their roles. Immutable. */
record Collaborators(Map<String, ProjectRole> roles) {
  static Collaborators none() {
    return new Collaborators(Map.of());
  }

  Optional<ProjectRole> roleOf(String userId) {
    return Optional.ofNullable(roles.get(userId));
  }

  Collaborators with(String userId, ProjectRole role) {
    Map<String, ProjectRole> copy = new HashMap<>(roles);
    copy.put(userId, role);
    return new Collaborators(Map.copyOf(copy));
  }

  Collaborators without(String userId) {
    Map<String, ProjectRole> copy = new HashMap<>(roles);
    copy.remove(userId);
    return new Collaborators(Map.copyOf(copy));
  }
}

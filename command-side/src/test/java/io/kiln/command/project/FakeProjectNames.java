package io.kiln.command.project;

import io.kiln.domain.project.ProjectRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link ProjectNames}, comparing names without case as the real table does. */
class FakeProjectNames implements ProjectNames {
  private final Map<String, String> holders = new HashMap<>();

  FakeProjectNames held(String ownerId, String name, String projectId) {
    holders.put(key(ownerId, name), projectId);
    return this;
  }

  @Override
  public Optional<String> holder(String ownerId, String name) {
    return Optional.ofNullable(holders.get(key(ownerId, name)));
  }

  private static String key(String ownerId, String name) {
    return ownerId + "/" + ProjectRules.nameKey(name);
  }
}

package io.kiln.command.model;

import io.kiln.domain.model.ModelRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link ModelDirectory}; names compare without case, as the real table does. */
public class FakeModelDirectory implements ModelDirectory {
  private final Map<String, ModelEntry> models = new HashMap<>();
  private final Map<String, VersionEntry> versions = new HashMap<>();

  public FakeModelDirectory model(String modelId, String projectId, String name) {
    models.put(modelId, new ModelEntry(modelId, projectId, name));
    return this;
  }

  public FakeModelDirectory version(String modelId, int number, String image, String digest) {
    versions.put(modelId + "#" + number, new VersionEntry(number, image, digest));
    return this;
  }

  @Override
  public boolean nameTaken(String projectId, String name) {
    return models.values().stream().anyMatch(m -> m.projectId().equals(projectId)
        && ModelRules.nameKey(m.name()).equals(ModelRules.nameKey(name)));
  }

  @Override
  public Optional<ModelEntry> model(String modelId) {
    return Optional.ofNullable(models.get(modelId));
  }

  @Override
  public Optional<VersionEntry> version(String modelId, int number) {
    return Optional.ofNullable(versions.get(modelId + "#" + number));
  }
}

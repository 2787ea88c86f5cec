package io.kiln.command.model;

import java.util.Optional;

/** The models and versions the command side knows, for rules of other aggregates and unique names. */
public interface ModelDirectory {
  boolean nameTaken(String projectId, String name);

  Optional<ModelEntry> model(String modelId);

  Optional<VersionEntry> version(String modelId, int number);
}

package io.kiln.command.catalog;

import java.util.Optional;

/** Finds a runtime by name, in a project ({@code null}: the workspace's own). */
public interface RuntimeNames {
  Optional<String> runtimeNamed(String name, String projectId);
}

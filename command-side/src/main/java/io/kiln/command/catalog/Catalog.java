package io.kiln.command.catalog;

import java.util.Optional;

/** The runtimes and resource profiles workloads start with, as the command side knows them. */
public interface Catalog {
  Optional<RuntimeEntry> runtime(String runtimeId);

  Optional<ProfileEntry> profile(String profileId);

  boolean runtimeNameTaken(String name, String projectId);

  boolean profileNameTaken(String name);
}

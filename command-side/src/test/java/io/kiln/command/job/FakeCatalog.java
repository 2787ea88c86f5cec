package io.kiln.command.job;

import io.kiln.command.catalog.Catalog;
import io.kiln.command.catalog.ProfileEntry;
import io.kiln.command.catalog.RuntimeEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class FakeCatalog implements Catalog {
  private final Map<String, RuntimeEntry> runtimes = new HashMap<>();
  private final Map<String, ProfileEntry> profiles = new HashMap<>();

  FakeCatalog with(RuntimeEntry runtime) {
    runtimes.put(runtime.id(), runtime);
    return this;
  }

  FakeCatalog with(ProfileEntry profile) {
    profiles.put(profile.id(), profile);
    return this;
  }

  @Override
  public Optional<RuntimeEntry> runtime(String runtimeId) {
    return Optional.ofNullable(runtimes.get(runtimeId));
  }

  @Override
  public Optional<ProfileEntry> profile(String profileId) {
    return Optional.ofNullable(profiles.get(profileId));
  }

  @Override
  public boolean runtimeNameTaken(String name, String projectId) {
    return false;
  }

  @Override
  public boolean profileNameTaken(String name) {
    return false;
  }
}

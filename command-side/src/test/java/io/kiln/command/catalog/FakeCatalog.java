package io.kiln.command.catalog;

import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.workload.Resources;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory {@link Catalog}. Names compare without case as the real tables do; a runtime name is unique among the
 * workspace's runtimes and, separately, among each project's own.
 */
public class FakeCatalog implements Catalog {
  private final Map<String, RuntimeEntry> runtimes = new LinkedHashMap<>();
  private final Map<String, ProfileEntry> profiles = new LinkedHashMap<>();

  public FakeCatalog runtime(String id, String name, String image, Editor editor, RuntimeStatus status,
                             String projectId) {
    runtimes.put(id, new RuntimeEntry(id, name, image, editor, status, projectId));
    return this;
  }

  /** An enabled workspace runtime. */
  public FakeCatalog runtime(String id, String name, String image) {
    return runtime(id, name, image, Editor.JUPYTERLAB, RuntimeStatus.ENABLED, null);
  }

  public FakeCatalog runtimeStatus(String id, RuntimeStatus status) {
    RuntimeEntry r = runtimes.get(id);
    return runtime(id, r.name(), r.image(), r.editor(), status, r.projectId());
  }

  public FakeCatalog profile(String id, String name, Resources resources, boolean retired) {
    profiles.put(id, new ProfileEntry(id, name, resources, retired));
    return this;
  }

  public FakeCatalog profile(String id, String name, Resources resources) {
    return profile(id, name, resources, false);
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
    return runtimes.values().stream()
        .anyMatch(r -> key(r.name()).equals(key(name)) && Objects.equals(r.projectId(), projectId));
  }

  @Override
  public boolean profileNameTaken(String name) {
    return profiles.values().stream().anyMatch(p -> key(p.name()).equals(key(name)));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}

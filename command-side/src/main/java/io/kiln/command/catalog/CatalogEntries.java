package io.kiln.command.catalog;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;

/** Looks up what a start names, refusing what does not exist or may not be used. */
public final class CatalogEntries {
  private CatalogEntries() {}

  public static RuntimeEntry usableRuntime(Catalog catalog, String runtimeId, String projectId) {
    if (runtimeId == null) {
      throw KilnException.invalid("runtimeId", "is required");
    }
    return catalog.runtime(runtimeId)
        .orElseThrow(() -> new KilnException(ErrorCode.RUNTIME_NOT_FOUND, "No runtime " + runtimeId))
        .requireUsableIn(projectId);
  }

  public static ProfileEntry activeProfile(Catalog catalog, String profileId) {
    if (profileId == null) {
      throw KilnException.invalid("profileId", "is required");
    }
    return catalog.profile(profileId)
        .orElseThrow(() -> new KilnException(ErrorCode.RESOURCE_PROFILE_NOT_FOUND, "No resource profile "
            + profileId))
        .requireActive();
  }
}

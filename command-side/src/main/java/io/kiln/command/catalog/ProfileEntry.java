package io.kiln.command.catalog;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.workload.Resources;

public record ProfileEntry(String id, String name, Resources resources, boolean retired) {
  public ProfileEntry requireActive() {
    if (retired) {
      throw new KilnException(ErrorCode.RESOURCE_PROFILE_RETIRED, "Resource profile " + name + " is retired");
    }
    return this;
  }
}

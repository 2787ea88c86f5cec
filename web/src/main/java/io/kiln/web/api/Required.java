package io.kiln.web.api;

import io.kiln.domain.KilnException;

/** Request fields that must be present. */
public final class Required {
  private Required() {}

  public static <T> T field(String name, T value) {
    if (value == null) {
      throw KilnException.invalid(name, "is required");
    }
    return value;
  }
}

package io.kiln.domain.workload;

import io.kiln.domain.KilnException;
import java.util.regex.Pattern;

/** Names people give sessions, jobs and applications: like project names, up to 100 characters. */
public final class WorkloadNames {
  public static final int MAX_LENGTH = 100;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._-]+");

  private WorkloadNames() {}

  public static void check(String field, String name, boolean required) {
    if (name == null || name.isEmpty()) {
      if (required) {
        throw KilnException.invalid(field, "is required");
      }
      return;
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH || !NAME.matcher(name).matches()
        || !name.strip().equals(name)) {
      throw KilnException.invalid(field, "must be 1–" + MAX_LENGTH
          + " letters, digits, spaces, '-', '_' or '.', not starting or ending with a space");
    }
  }
}

package io.kiln.domain.workload;

import io.kiln.domain.KilnException;
import java.util.Arrays;

/** A script is a relative path inside the project's files: no absolute paths, no {@code ..}, no control characters. */
public final class ScriptPaths {
  public static final int MAX_LENGTH = 1024;

  private ScriptPaths() {}

  public static void check(String field, String path) {
    if (path == null || path.isBlank()) {
      throw KilnException.invalid(field, "is required");
    }
    boolean escapes = path.startsWith("/") || path.endsWith("/") || path.contains("\\")
        || Arrays.stream(path.split("/")).anyMatch(part -> part.equals("..") || part.isEmpty());
    if (path.length() > MAX_LENGTH || escapes || path.chars().anyMatch(Character::isISOControl)) {
      throw KilnException.invalid(field, "must be a relative path inside the project, without '..'");
    }
  }
}

package io.kiln.domain.workload;

import io.kiln.domain.KilnException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A script is a relative path inside the project's files: letters, digits, '.', '_', '-' and '/' only (it ends up in
 * commands and Dockerfiles), no absolute path, no {@code ..}, no empty segment.
 */
public final class ScriptPaths {
  public static final int MAX_LENGTH = 1024;
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/-]+");

  private ScriptPaths() {}

  public static void check(String field, String path) {
    if (path == null || path.isBlank()) {
      throw KilnException.invalid(field, "is required");
    }
    boolean escapes = path.startsWith("/") || path.endsWith("/")
        || Arrays.stream(path.split("/")).anyMatch(part -> part.equals("..") || part.isEmpty());
    if (path.length() > MAX_LENGTH || escapes || !SAFE.matcher(path).matches()) {
      throw KilnException.invalid(field, "must be a relative path inside the project (letters, digits, '.', '_', "
          + "'-', '/'), without '..'");
    }
  }
}

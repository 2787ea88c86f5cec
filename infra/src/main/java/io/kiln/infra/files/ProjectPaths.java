package io.kiln.infra.files;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A path a caller names inside a project, confined to the project's folder: no {@code ..}, {@code .}, empty or absolute
 * segments, no control characters or backslashes, and no symbolic link that leads out of the folder.
 */
public final class ProjectPaths {
  private static final int MAX_LENGTH = 1024;

  private ProjectPaths() {}

  /** The segments of a relative path ({@code ""} or {@code "/"}: the project's folder itself). */
  public static List<String> segments(String path) {
    String p = path == null ? "" : path;
    if (p.length() > MAX_LENGTH) {
      throw invalid(path, "longer than " + MAX_LENGTH + " characters");
    }
    if (p.startsWith("//") || p.matches("^/?[A-Za-z]:.*")) {
      throw invalid(path, "absolute paths are not allowed");
    }
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    if (p.isEmpty()) {
      return segments;
    }
    for (String segment : p.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(path, "'" + segment + "' segments are not allowed");
      }
      if (segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
        throw invalid(path, "control characters and backslashes are not allowed");
      }
      segments.add(segment);
    }
    return segments;
  }

  /** {@code path} under {@code base}, refused when what exists of it resolves (through links) outside {@code base}. */
  public static Path confine(Path base, String path) {
    Path resolved = base;
    for (String segment : segments(path)) {
      resolved = resolved.resolve(segment);
    }
    try {
      Path realBase = base.toRealPath();
      Path existing = resolved;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing == null || !existing.toRealPath().startsWith(realBase)) {
        throw invalid(path, "it leads out of the project");
      }
      if (Files.isSymbolicLink(resolved) && !Files.exists(resolved)) {
        throw invalid(path, "it is a dangling link");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resolved;
  }

  private static KilnException invalid(String path, String why) {
    return new KilnException(ErrorCode.INVALID_PATH, "Not a path inside the project (" + why + "): " + path);
  }
}

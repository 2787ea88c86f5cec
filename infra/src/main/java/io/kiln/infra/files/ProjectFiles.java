package io.kiln.infra.files;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every project's file tree: {@code <root>/<projectId>/}. Paths are confined to the project ({@link ProjectPaths}).
 * Blocking: call it off the network threads.
 */
public class ProjectFiles {
  private final Path root;

  public ProjectFiles(Path root) {
    this.root = root;
  }

  public boolean available() {
    return root != null;
  }

  /** The project's folder, made when missing. */
  public Path folder(String projectId) {
    if (root == null) {
      throw new KilnException(ErrorCode.UNAVAILABLE,
          "Project files are not mounted here: set KILN_PROJECT_FILES_ROOT to the NFS export of project files");
    }
    Path folder = root.resolve(ProjectId.parse(projectId).value());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  public Path resolve(String projectId, String path) {
    return ProjectPaths.confine(folder(projectId), path);
  }

  public boolean isFolder(String projectId, String path) {
    return Files.isDirectory(resolve(projectId, path));
  }

  public List<FileEntry> list(String projectId, String path) {
    Path folder = folder(projectId);
    Path dir = existing(projectId, path);
    List<FileEntry> entries = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String relative = folder.relativize(child).toString().replace('\\', '/');
        entries.add(new FileEntry(child.getFileName().toString(), relative, a.isDirectory() ? "folder" : "file",
            a.isDirectory() ? null : a.size(), a.lastModifiedTime().toInstant()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entries.sort(Comparator.comparing(FileEntry::type).reversed().thenComparing(FileEntry::name));
    return entries;
  }

  /** An existing file or folder; 404 otherwise. */
  public Path existing(String projectId, String path) {
    Path resolved = resolve(projectId, path);
    if (!Files.exists(resolved)) {
      throw new KilnException(ErrorCode.FILE_NOT_FOUND, "No file or folder " + path);
    }
    return resolved;
  }

  /** A fresh temporary file beside where {@code path} goes (its folders made); {@link #commit} moves it in place. */
  public Path staging(String projectId, String path) {
    Path target = resolve(projectId, path);
    if (ProjectPaths.segments(path).isEmpty() || Files.isDirectory(target)) {
      throw new KilnException(ErrorCode.INVALID_PATH, "A folder cannot be overwritten by a file: " + path);
    }
    try {
      Files.createDirectories(target.getParent());
      ProjectPaths.confine(folder(projectId), path);
      return Files.createTempFile(target.getParent(), ".upload-", ".part");
    } catch (FileAlreadyExistsException e) {
      throw new KilnException(ErrorCode.ALREADY_EXISTS, "A file is in the way of " + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves an upload in place (replacing a file, or a link, never what a link points to); true when it is new. */
  public boolean commit(String projectId, String path, Path staged) {
    Path target = resolve(projectId, path);
    boolean created = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    try {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return created;
  }

  public void discard(Path staged) {
    try {
      Files.deleteIfExists(staged);
    } catch (IOException ignored) {
      // a leftover .part file harms nothing
    }
  }

  /** Makes a folder (and its parents); true when it is new. */
  public boolean mkdir(String projectId, String path) {
    Path target = resolve(projectId, path);
    if (Files.isDirectory(target)) {
      return false;
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new KilnException(ErrorCode.ALREADY_EXISTS, "A file is in the way of " + path);
    }
    try {
      Files.createDirectories(target);
    } catch (FileAlreadyExistsException e) {
      throw new KilnException(ErrorCode.ALREADY_EXISTS, "A file is in the way of " + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** Deletes a file, a link, or a folder ({@code recursive} for one that is not empty); never the project's folder. */
  public void delete(String projectId, String path, boolean recursive) {
    if (ProjectPaths.segments(path).isEmpty()) {
      throw new KilnException(ErrorCode.INVALID_PATH, "The project's own folder cannot be deleted");
    }
    Path target = existing(projectId, path);
    try {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> inside = Files.list(target)) {
          if (inside.findAny().isPresent() && !recursive) {
            throw new KilnException(ErrorCode.INVALID_STATE, "The folder is not empty: delete with ?recursive=true");
          }
        }
        try (Stream<Path> all = Files.walk(target)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      } else {
        Files.delete(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Path> root() {
    return Optional.ofNullable(root);
  }
}

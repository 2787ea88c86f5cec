package io.kiln.local.git;

import io.kiln.infra.files.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.springframework.util.FileSystemUtils;

/**
 * Clones a repository with JGit into a staging folder beside the project's, then moves what it holds (its
 * {@code .git} too) into the project's folder, replacing entries of the same name: doing it again gives the same tree.
 */
class GitCloner {
  private static final int NETWORK_TIMEOUT_SECONDS = 60;
  private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{4,40}");
  private final ProjectFiles projects;

  GitCloner(ProjectFiles projects) {
    this.projects = projects;
  }

  /** Clones and checks out {@code ref} (null: the default branch); answers the commit checked out. */
  String cloneInto(String projectId, String url, String ref) throws CloneFailure {
    if (!projects.available()) {
      throw new CloneFailure("Project files are not mounted on this Kiln (KILN_PROJECT_FILES_ROOT is not set)");
    }
    Path folder = projects.folder(projectId);
    Path staging = folder.resolveSibling(".clone-" + projectId);
    delete(staging);
    try {
      String commit = cloneTo(staging, url, ref);
      moveInto(staging, folder);
      return commit;
    } finally {
      delete(staging);
    }
  }

  private String cloneTo(Path staging, String url, String ref) throws CloneFailure {
    try {
      CloneCommand clone = Git.cloneRepository().setURI(url).setDirectory(staging.toFile())
          .setTimeout(NETWORK_TIMEOUT_SECONDS);
      Optional<String> named = ref == null ? Optional.empty() : namedRef(url, ref);
      named.ifPresent(clone::setBranch);
      if (ref != null && named.isEmpty() && !COMMIT.matcher(ref).matches()) {
        throw new CloneFailure("No branch or tag '" + ref + "' in " + url);
      }
      try (Git git = clone.call()) {
        if (ref != null && named.isEmpty()) {
          return checkoutCommit(git, url, ref);
        }
        ObjectId head = git.getRepository().resolve(Constants.HEAD);
        if (head == null) {
          throw new CloneFailure("The repository " + url + " has no commits");
        }
        return head.name();
      }
    } catch (InvalidRemoteException e) {
      throw new CloneFailure("No git repository at " + url);
    } catch (TransportException e) {
      throw new CloneFailure("Could not reach " + url + ": " + e.getMessage());
    } catch (GitAPIException | JGitInternalException | IOException e) {
      throw new CloneFailure("Cloning " + url + " failed: " + e.getMessage());
    }
  }

  /** The full name of the branch or tag {@code ref} names in the remote repository, if it names one. */
  private static Optional<String> namedRef(String url, String ref) throws GitAPIException {
    Collection<Ref> refs = Git.lsRemoteRepository().setRemote(url).setHeads(true).setTags(true)
        .setTimeout(NETWORK_TIMEOUT_SECONDS).call();
    List<String> candidates = List.of(ref, Constants.R_HEADS + ref, Constants.R_TAGS + ref);
    return candidates.stream()
        .filter(name -> refs.stream().anyMatch(r -> r.getName().equals(name)))
        .findFirst();
  }

  private static String checkoutCommit(Git git, String url, String ref) throws CloneFailure, IOException,
      GitAPIException {
    ObjectId id = git.getRepository().resolve(ref + "^{commit}");
    if (id == null) {
      throw new CloneFailure("No branch, tag or commit '" + ref + "' in " + url);
    }
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      RevCommit commit = walk.parseCommit(id);
      git.checkout().setName(commit.name()).call();
      return commit.name();
    }
  }

  private static void moveInto(Path staging, Path folder) {
    try (Stream<Path> entries = Files.list(staging)) {
      for (Path entry : entries.toList()) {
        Path target = folder.resolve(entry.getFileName().toString());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          delete(target);
        }
        Files.move(entry, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      FileSystemUtils.deleteRecursively(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

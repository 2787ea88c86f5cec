package io.kiln.web.api.project;

import io.kiln.domain.WireNames;
import io.kiln.domain.project.ProjectFilesView;
import io.kiln.domain.project.ProjectView;
import java.time.Instant;
import java.util.List;

public record ProjectResponse(String id, String name, String description, String visibility, String ownerId,
                              String ownerUsername, boolean archived, Instant createdAt, Instant updatedAt,
                              long version, List<Collaborator> collaborators, Files files) {

  public record Collaborator(String userId, String username, String role) {}

  /** The project's file tree: {@code ready}, {@code cloning} or {@code failed}; its git source and commit if any. */
  public record Files(String state, Git git, String reason) {}

  public record Git(String url, String ref, String commit) {}

  static ProjectResponse of(ProjectView v) {
    return new ProjectResponse(v.id(), v.name(), v.description(), WireNames.of(v.visibility()), v.ownerId(),
        v.ownerUsername(), v.archived(), v.createdAt(), v.updatedAt(), v.version(),
        v.collaborators().stream()
            .map(c -> new Collaborator(c.userId(), c.username(), WireNames.of(c.role())))
            .toList(),
        files(v.files()));
  }

  private static Files files(ProjectFilesView f) {
    Git git = f.gitUrl() == null ? null : new Git(f.gitUrl(), f.gitRef(), f.gitCommit());
    return new Files(WireNames.of(f.state()), git, f.reason());
  }
}

package io.kiln.web.api.project;

import io.kiln.domain.WireNames;
import io.kiln.domain.project.ProjectView;
import java.time.Instant;
import java.util.List;

public record ProjectResponse(String id, String name, String description, String visibility, String ownerId,
                              String ownerUsername, boolean archived, Instant createdAt, Instant updatedAt,
                              long version, List<Collaborator> collaborators) {

  public record Collaborator(String userId, String username, String role) {}

  static ProjectResponse of(ProjectView v) {
    return new ProjectResponse(v.id(), v.name(), v.description(), WireNames.of(v.visibility()), v.ownerId(),
        v.ownerUsername(), v.archived(), v.createdAt(), v.updatedAt(), v.version(),
        v.collaborators().stream()
            .map(c -> new Collaborator(c.userId(), c.username(), WireNames.of(c.role())))
            .toList());
  }
}

package io.kiln.domain.project;

import java.time.Instant;
import java.util.List;

/** A project as its read model shows it; {@code version} is the sequence number of its latest event. */
public record ProjectView(String id, String name, String description, Visibility visibility, String ownerId,
                          String ownerUsername, boolean archived, Instant createdAt, Instant updatedAt, long version,
                          List<CollaboratorView> collaborators, ProjectFilesView files) {}

package io.kiln.domain.catalog;

import java.time.Instant;

/**
 * A runtime of the catalogue; {@code projectId} is set for a project's own runtime (built from its code);
 * {@code localCommand} and {@code editorCommand} are what local compute runs.
 */
public record RuntimeView(String id, String name, String image, Editor editor, String kernel, RuntimeStatus status,
                          String projectId, Instant createdAt, Instant updatedAt, long version, String localCommand,
                          String editorCommand) {
  public RuntimeView(String id, String name, String image, Editor editor, String kernel, RuntimeStatus status,
                     String projectId, Instant createdAt, Instant updatedAt, long version) {
    this(id, name, image, editor, kernel, status, projectId, createdAt, updatedAt, version, null, null);
  }
}

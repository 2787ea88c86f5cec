package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

/** The project's files are to be cloned from {@code url} at {@code ref} (null: the repository's HEAD). */
@Revision("1")
public record ProjectCloneRequestedEvent(String projectId, String url, String ref) {}

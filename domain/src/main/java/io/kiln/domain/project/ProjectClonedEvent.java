package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

/** The project's files were cloned; {@code commit} is the commit checked out. */
@Revision("1")
public record ProjectClonedEvent(String projectId, String commit) {}

package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProjectArchivedEvent(String projectId) {}

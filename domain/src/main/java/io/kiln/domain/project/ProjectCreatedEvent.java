package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProjectCreatedEvent(String projectId, String ownerId, String name, String description, Visibility visibility) {}

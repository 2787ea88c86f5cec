package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CollaboratorRemovedEvent(String projectId, String userId) {}

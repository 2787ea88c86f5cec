package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CollaboratorAddedEvent(String projectId, String userId, ProjectRole role) {}

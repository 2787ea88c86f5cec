package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CollaboratorRoleChangedEvent(String projectId, String userId, ProjectRole role) {}

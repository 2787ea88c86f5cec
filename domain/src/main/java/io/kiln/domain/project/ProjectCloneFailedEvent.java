package io.kiln.domain.project;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProjectCloneFailedEvent(String projectId, String reason) {}

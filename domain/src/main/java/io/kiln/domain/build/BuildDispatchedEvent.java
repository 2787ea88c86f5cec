package io.kiln.domain.build;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BuildDispatchedEvent(String queueId, String buildId, String projectId) {}

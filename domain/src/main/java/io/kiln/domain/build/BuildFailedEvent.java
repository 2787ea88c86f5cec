package io.kiln.domain.build;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BuildFailedEvent(String buildId, String projectId, String reason, String logTail) {}

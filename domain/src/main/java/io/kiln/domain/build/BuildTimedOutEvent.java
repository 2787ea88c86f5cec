package io.kiln.domain.build;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BuildTimedOutEvent(String buildId, String projectId, String logTail) {}

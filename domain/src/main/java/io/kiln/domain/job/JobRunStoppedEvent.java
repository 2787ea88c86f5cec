package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

@Revision("1")
public record JobRunStoppedEvent(String runId, String jobId, int attempt) implements JobRunEnded {}

package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

/** A retry: attempt {@code attempt} of the run begins (SCHEDULING). */
@Revision("1")
public record JobRunAttemptStartedEvent(String runId, int attempt) {}

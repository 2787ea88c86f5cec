package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

/** The run's last attempt was still going at its timeout, with no retry left. */
@Revision("1")
public record JobRunTimedOutEvent(String runId, String jobId, int attempt) implements JobRunEnded {}

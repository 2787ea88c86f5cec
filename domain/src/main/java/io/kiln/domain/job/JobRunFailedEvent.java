package io.kiln.domain.job;

import org.axonframework.serialization.Revision;

/** The run failed for good: its last attempt failed with no retry left. */
@Revision("1")
public record JobRunFailedEvent(String runId, String jobId, int attempt, FailureKind failure, Integer exitCode,
                                String reason) implements JobRunEnded {}

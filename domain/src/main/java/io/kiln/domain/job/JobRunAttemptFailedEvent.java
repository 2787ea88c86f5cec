package io.kiln.domain.job;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An attempt failed and the retry policy starts another at {@code retryAt}; the run is SCHEDULING meanwhile. */
@Revision("1")
public record JobRunAttemptFailedEvent(String runId, int attempt, FailureKind failure, Integer exitCode, String reason,
                                       Instant retryAt) {}

package io.kiln.domain.job;

import java.time.Instant;

/** One attempt of a run: how far it got, and how it ended. */
public record JobRunAttemptView(int number, JobRunState state, FailureKind failure, Integer exitCode, String reason,
                                Instant startedAt, Instant endedAt) {}

package io.kiln.command.job;

import io.kiln.domain.job.StopReason;

/** Deadline payload, from a job to one of its runs: stop, for {@code reason}. Stored: keep its name. */
public record StopRun(StopReason reason) {}

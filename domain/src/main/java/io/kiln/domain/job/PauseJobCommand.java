package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop the job's schedule and dependencies from starting runs, and refuse new runs, until it is resumed. */
public record PauseJobCommand(@TargetAggregateIdentifier JobId jobId) {}

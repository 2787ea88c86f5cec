package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a run of the job now, as {@code runId}. */
public record RunJobCommand(@TargetAggregateIdentifier JobId jobId, JobRunId runId) {}

package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The attempt's script exited with code 0. {@code attempt} null: the current attempt. */
public record ReportJobRunSucceededCommand(@TargetAggregateIdentifier JobRunId runId, Integer attempt) {}

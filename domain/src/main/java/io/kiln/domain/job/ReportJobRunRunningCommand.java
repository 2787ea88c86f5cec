package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The attempt's script is running. {@code attempt} null: the current attempt. */
public record ReportJobRunRunningCommand(@TargetAggregateIdentifier JobRunId runId, Integer attempt) {}

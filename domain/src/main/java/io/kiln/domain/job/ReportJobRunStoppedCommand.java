package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The attempt's processes are gone after a stop. {@code attempt} null: the current attempt. */
public record ReportJobRunStoppedCommand(@TargetAggregateIdentifier JobRunId runId, Integer attempt) {}

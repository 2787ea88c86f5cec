package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cluster placed the attempt and is starting it. {@code attempt} null: the current attempt. */
public record ReportJobRunStartingCommand(@TargetAggregateIdentifier JobRunId runId, Integer attempt) {}

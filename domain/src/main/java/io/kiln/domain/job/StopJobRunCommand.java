package io.kiln.domain.job;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StopJobRunCommand(@TargetAggregateIdentifier JobRunId runId) {}

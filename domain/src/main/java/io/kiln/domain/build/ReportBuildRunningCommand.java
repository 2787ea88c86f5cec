package io.kiln.domain.build;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportBuildRunningCommand(@TargetAggregateIdentifier BuildId buildId) {}

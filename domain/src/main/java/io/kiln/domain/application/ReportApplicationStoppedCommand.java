package io.kiln.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportApplicationStoppedCommand(@TargetAggregateIdentifier ApplicationId applicationId,
                                             Integer generation) {}

package io.kiln.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportApplicationFailedCommand(@TargetAggregateIdentifier ApplicationId applicationId, String reason,
                                            Integer generation) {}

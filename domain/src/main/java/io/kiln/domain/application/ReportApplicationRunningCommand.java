package io.kiln.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The application answers at {@code url}. {@code generation} names the start it observed (null: the current). */
public record ReportApplicationRunningCommand(@TargetAggregateIdentifier ApplicationId applicationId, String url,
                                             Integer generation) {}

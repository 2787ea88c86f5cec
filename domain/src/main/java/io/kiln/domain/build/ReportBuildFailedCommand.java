package io.kiln.domain.build;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The build failed (or, with {@code timedOut}, hit its deadline); {@code logTail} is the end of its log. */
public record ReportBuildFailedCommand(@TargetAggregateIdentifier BuildId buildId, String reason, String logTail,
                                       boolean timedOut) {}

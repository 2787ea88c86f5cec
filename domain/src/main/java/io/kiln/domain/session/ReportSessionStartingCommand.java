package io.kiln.domain.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cluster placed the session and is starting it. */
public record ReportSessionStartingCommand(@TargetAggregateIdentifier SessionId sessionId) {}

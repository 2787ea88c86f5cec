package io.kiln.domain.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The session's processes are gone. */
public record ReportSessionStoppedCommand(@TargetAggregateIdentifier SessionId sessionId) {}

package io.kiln.domain.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The session's editor answers, at {@code url}. */
public record ReportSessionRunningCommand(@TargetAggregateIdentifier SessionId sessionId, String url) {}

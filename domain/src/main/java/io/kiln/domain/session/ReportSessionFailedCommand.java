package io.kiln.domain.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportSessionFailedCommand(@TargetAggregateIdentifier SessionId sessionId, String reason) {}

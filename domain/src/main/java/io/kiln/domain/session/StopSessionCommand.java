package io.kiln.domain.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StopSessionCommand(@TargetAggregateIdentifier SessionId sessionId) {}

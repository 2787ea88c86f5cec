package io.kiln.domain.session;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone used the session at {@code at}; idle culling counts from the latest such moment. */
public record RecordSessionActivityCommand(@TargetAggregateIdentifier SessionId sessionId, Instant at) {}

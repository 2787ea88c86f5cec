package io.kiln.domain.events;

import java.time.Instant;

/**
 * One stored event as Kiln hands it to people and programs (history, gRPC stream, webhooks): its position in the
 * event store, identity, short type name ({@code ProjectCreatedEvent}), aggregate, project, who caused it and the
 * payload as JSON.
 */
public record EventEnvelope(long position, String eventId, String type, String revision, Instant time,
                            String aggregateType, String aggregateId, long sequenceNumber, String projectId,
                            String actor, String correlationId, String causationId, String clientAddress,
                            String payloadJson) {}

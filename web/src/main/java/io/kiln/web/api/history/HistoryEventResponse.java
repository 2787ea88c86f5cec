package io.kiln.web.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiln.domain.events.EventEnvelope;
import io.kiln.infra.events.StoredEvents;
import java.time.Instant;

/** A stored event as the history shows it, its payload as JSON. */
public record HistoryEventResponse(long position, String eventId, String type, String revision, Instant time,
                                   String aggregateType, String aggregateId, long sequenceNumber, String projectId,
                                   String actor, String correlationId, String causationId, String clientAddress,
                                   JsonNode payload) {
  static HistoryEventResponse of(EventEnvelope e) {
    return new HistoryEventResponse(e.position(), e.eventId(), e.type(), e.revision(), e.time(), e.aggregateType(),
        e.aggregateId(), e.sequenceNumber(), e.projectId(), e.actor(), e.correlationId(), e.causationId(),
        e.clientAddress(), StoredEvents.tree(e.payloadJson()));
  }
}

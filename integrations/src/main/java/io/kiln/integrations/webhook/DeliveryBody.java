package io.kiln.integrations.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiln.domain.MetadataKeys;
import io.kiln.infra.events.MessageTypes;
import io.kiln.infra.events.StoredEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Revision;

/**
 * The JSON a webhook receives: {@code {"deliveryId", "webhookId", "event": {position, id, type, revision, time,
 * aggregateType, aggregateId, sequenceNumber, projectId, actor, correlationId, causationId, clientAddress,
 * payload}}}. Built once, when the delivery is queued, so that every attempt sends the same bytes.
 */
final class DeliveryBody {
  private DeliveryBody() {}

  record Event(String type, String resourceId, String projectId) {}

  static Event describe(EventMessage<?> message) {
    String aggregateType = aggregateType(message);
    String aggregateId = aggregateType == null ? message.getIdentifier()
        : ((DomainEventMessage<?>) message).getAggregateIdentifier();
    return new Event(MessageTypes.shortName(message.getPayloadType().getName()), aggregateId,
        StoredEvents.projectOf(aggregateType, aggregateId, StoredEvents.json(message.getPayload())));
  }

  static String of(String deliveryId, String webhookId, long position, EventMessage<?> message) {
    var json = StoredEvents.mapper();
    ObjectNode body = json.createObjectNode();
    body.put("deliveryId", deliveryId);
    body.put("webhookId", webhookId);
    ObjectNode event = body.putObject("event");
    Event described = describe(message);
    String aggregateType = aggregateType(message);
    event.put("position", position);
    event.put("id", message.getIdentifier());
    event.put("type", described.type());
    Revision revision = message.getPayloadType().getAnnotation(Revision.class);
    event.put("revision", revision == null ? null : revision.value());
    event.put("time", message.getTimestamp().toString());
    event.put("aggregateType", aggregateType);
    event.put("aggregateId", aggregateType == null ? null : described.resourceId());
    if (message instanceof DomainEventMessage<?> domain && aggregateType != null) {
      event.put("sequenceNumber", domain.getSequenceNumber());
    }
    event.put("projectId", described.projectId());
    for (String key : new String[] {MetadataKeys.ACTOR, MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID,
        MetadataKeys.CLIENT_ADDRESS}) {
      Object value = message.getMetaData().get(key);
      event.put(key, value == null ? null : value.toString());
    }
    event.set("payload", json.valueToTree(message.getPayload()));
    return StoredEvents.json(body);
  }

  private static String aggregateType(EventMessage<?> message) {
    return message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
  }
}

package io.kiln.query.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.events.EventEnvelope;
import io.kiln.infra.events.MessageTypes;
import io.kiln.infra.events.StoredEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Reads stored events straight from {@code eventstore.domainevententry} as {@link EventEnvelope}s: the history of one
 * aggregate, or the whole stream after a position. The stream stops before a missing position while the write that
 * took it may still commit (younger than the gap timeout), so that a reader resuming after the last position it saw
 * misses nothing.
 */
@Component
public class StoredEventReader {
  private static final String COLUMNS = """
      select globalindex, eventidentifier, payloadtype, payloadrevision, timestamp, type, aggregateidentifier,
             sequencenumber, convert_from(payload, 'UTF8') as payload, convert_from(metadata, 'UTF8') as metadata
      from eventstore.domainevententry""";
  private final DSLContext dsl;

  StoredEventReader(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<EventEnvelope> ofAggregate(String aggregateId, long afterSequence, int limit) {
    return dsl.fetch(COLUMNS + " where aggregateidentifier = ? and sequencenumber > ? order by sequencenumber limit ?",
        aggregateId, afterSequence, limit).map(StoredEventReader::envelope);
  }

  /** Up to {@code limit} events after {@code afterPosition}, in position order, never beyond an open gap. */
  public List<EventEnvelope> after(long afterPosition, int limit, Duration gapTimeout) {
    Instant settled = GenericEventMessage.clock.instant().minus(gapTimeout);
    List<EventEnvelope> events = new ArrayList<>();
    long expected = afterPosition + 1;
    for (Record row : dsl.fetch(COLUMNS + " where globalindex > ? order by globalindex limit ?", afterPosition,
        limit)) {
      EventEnvelope event = envelope(row);
      if (event.position() != expected && event.time().isAfter(settled)) {
        break;
      }
      events.add(event);
      expected = event.position() + 1;
    }
    return events;
  }

  public long head() {
    Long head = dsl.fetchOne("select max(globalindex) from eventstore.domainevententry").get(0, Long.class);
    return head == null ? 0 : head;
  }

  static EventEnvelope envelope(Record r) {
    String aggregateType = r.get("type", String.class);
    String aggregateId = r.get("aggregateidentifier", String.class);
    String payload = r.get("payload", String.class);
    JsonNode meta = StoredEvents.tree(r.get("metadata", String.class));
    return new EventEnvelope(r.get("globalindex", Long.class), r.get("eventidentifier", String.class),
        MessageTypes.shortName(r.get("payloadtype", String.class)), r.get("payloadrevision", String.class),
        Instant.parse(r.get("timestamp", String.class)), aggregateType, aggregateId,
        r.get("sequencenumber", Long.class), StoredEvents.projectOf(aggregateType, aggregateId, payload),
        text(meta, MetadataKeys.ACTOR), text(meta, MetadataKeys.CORRELATION_ID), text(meta, MetadataKeys.CAUSATION_ID),
        text(meta, MetadataKeys.CLIENT_ADDRESS), payload);
  }

  private static String text(JsonNode meta, String key) {
    JsonNode value = meta.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }
}

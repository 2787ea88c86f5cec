package io.kiln.web.grpc;

import com.google.protobuf.Timestamp;
import io.kiln.domain.events.EventEnvelope;
import java.util.Objects;

/** Stored events as protobuf envelopes. */
final class Envelopes {
  private Envelopes() {}

  static io.kiln.web.grpc.v1.EventEnvelope of(EventEnvelope e) {
    return io.kiln.web.grpc.v1.EventEnvelope.newBuilder()
        .setPosition(e.position())
        .setEventId(e.eventId())
        .setType(e.type())
        .setRevision(text(e.revision()))
        .setTime(Timestamp.newBuilder().setSeconds(e.time().getEpochSecond()).setNanos(e.time().getNano()))
        .setAggregateType(text(e.aggregateType()))
        .setAggregateId(text(e.aggregateId()))
        .setSequenceNumber(e.sequenceNumber())
        .setProjectId(text(e.projectId()))
        .setActor(text(e.actor()))
        .setCorrelationId(text(e.correlationId()))
        .setCausationId(text(e.causationId()))
        .setClientAddress(text(e.clientAddress()))
        .setPayloadJson(text(e.payloadJson()))
        .build();
  }

  private static String text(String value) {
    return Objects.requireNonNullElse(value, "");
  }
}

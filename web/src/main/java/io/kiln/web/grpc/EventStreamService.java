package io.kiln.web.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.kiln.domain.KilnException;
import io.kiln.web.grpc.v1.EventEnvelope;
import io.kiln.web.grpc.v1.EventStreamGrpc;
import io.kiln.web.grpc.v1.SubscribeRequest;
import org.springframework.stereotype.Component;

/** {@code EventStream.Subscribe}: translates the request and hands the stream to the {@link StreamHub}. */
@Component
class EventStreamService extends EventStreamGrpc.EventStreamImplBase {
  private final StreamHub hub;

  EventStreamService(StreamHub hub) {
    this.hub = hub;
  }

  @Override
  public void subscribe(SubscribeRequest request, StreamObserver<EventEnvelope> responses) {
    var caller = IntegrationAuthentication.CALLER.get();
    var observer = (ServerCallStreamObserver<EventEnvelope>) responses;
    try {
      if (request.getFromPosition() < 0) {
        throw KilnException.invalid("from_position", "must be 0 or more");
      }
      var filter = StreamFilter.of(caller.integration(), request.getFilter());
      var subscription = new Subscription(caller.integration().name(), caller.integration().version(), observer,
          filter,
          Math.max(0, request.getFromPosition() - 1));
      observer.setOnCancelHandler(() -> hub.remove(subscription));
      observer.setOnReadyHandler(() -> hub.schedule(subscription));
      hub.add(subscription);
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.of(e));
    }
  }
}

package io.kiln.web.grpc;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.kiln.web.grpc.v1.EventEnvelope;
import io.kiln.web.grpc.v1.SubscribeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** What a subscriber received so far; {@code initialRequests} > 0 makes it a slow reader that takes only that many. */
final class Received implements ClientResponseObserver<SubscribeRequest, EventEnvelope> {
  private final List<EventEnvelope> events = new CopyOnWriteArrayList<>();
  private final AtomicReference<Throwable> error = new AtomicReference<>();
  private final int initialRequests;
  private volatile ClientCallStreamObserver<SubscribeRequest> call;

  Received(int initialRequests) {
    this.initialRequests = initialRequests;
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<SubscribeRequest> requestStream) {
    call = requestStream;
    if (initialRequests > 0) {
      requestStream.disableAutoRequestWithInitial(initialRequests);
    }
  }

  @Override
  public void onNext(EventEnvelope value) {
    events.add(value);
  }

  @Override
  public void onError(Throwable t) {
    error.set(t);
  }

  @Override
  public void onCompleted() {}

  List<EventEnvelope> events() {
    return new ArrayList<>(events);
  }

  List<Long> positions() {
    return events().stream().map(EventEnvelope::getPosition).toList();
  }

  Status.Code status() {
    return error.get() == null ? null : Status.fromThrowable(error.get()).getCode();
  }

  Throwable error() {
    return error.get();
  }

  void request(int more) {
    call.request(more);
  }

  void cancel() {
    call.cancel("done", null);
  }
}

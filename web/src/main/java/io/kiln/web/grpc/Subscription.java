package io.kiln.web.grpc;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.kiln.domain.events.EventEnvelope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * One subscriber's stream. It reads a page of events only when the client can take more (gRPC flow control), and
 * holds at most that page: a slow client costs one page of memory and no thread, and stalls nobody else. Pumps run
 * one at a time per subscription, on the hub's threads.
 */
final class Subscription {
  private final String integration;
  private final long integrationVersion;
  private final ServerCallStreamObserver<io.kiln.web.grpc.v1.EventEnvelope> observer;
  private final StreamFilter filter;
  private final Deque<EventEnvelope> page = new ArrayDeque<>();
  private final AtomicBoolean pumping = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicLong sent = new AtomicLong();
  private volatile long position;
  private volatile boolean closed;
  private volatile StatusRuntimeException ending;

  Subscription(String integration, long integrationVersion,
               ServerCallStreamObserver<io.kiln.web.grpc.v1.EventEnvelope> observer, StreamFilter filter,
               long afterPosition) {
    this.integration = integration;
    this.integrationVersion = integrationVersion;
    this.observer = observer;
    this.filter = filter;
    this.position = afterPosition;
  }

  /**
   * Sends what the client can take now, reading at most {@code pages} pages ({@code read} fetches the page after a
   * position). True when it stopped with more to read, so that others get their turn on the thread first.
   */
  boolean pump(LongFunction<List<EventEnvelope>> read, int pages) {
    boolean more = false;
    again.set(true);
    while (again.get() && pumping.compareAndSet(false, true)) {
      try {
        again.set(false);
        more = drain(read, pages);
      } finally {
        pumping.set(false);
      }
    }
    return more;
  }

  private boolean drain(LongFunction<List<EventEnvelope>> read, int pages) {
    if (ending != null && !closed) {
      closed = true;
      observer.onError(ending);
      return false;
    }
    int budget = pages;
    while (!closed && observer.isReady()) {
      if (page.isEmpty()) {
        if (budget-- == 0) {
          return true;
        }
        page.addAll(read.apply(position));
        if (page.isEmpty()) {
          return false;
        }
      }
      EventEnvelope next = page.poll();
      position = next.position();
      if (filter.passes(next)) {
        observer.onNext(Envelopes.of(next));
        sent.incrementAndGet();
      }
    }
    return false;
  }

  /** Ends the stream with this error at the next pump (never concurrently with one). */
  void end(Throwable error) {
    ending = GrpcErrors.of(error);
  }

  void close() {
    closed = true;
  }

  boolean closed() {
    return closed;
  }

  String integration() {
    return integration;
  }

  long integrationVersion() {
    return integrationVersion;
  }

  long position() {
    return position;
  }

  long sent() {
    return sent.get();
  }

  int buffered() {
    return page.size();
  }

}

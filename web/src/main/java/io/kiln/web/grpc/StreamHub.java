package io.kiln.web.grpc;

import io.grpc.Status;
import io.kiln.domain.integration.FindIntegrationQuery;
import io.kiln.domain.integration.IntegrationView;
import io.kiln.query.events.StoredEventReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every event-stream subscription on a few shared threads: a subscription pumps when its client is ready for
 * more, and when the head of the event store moves (one query for all subscribers, every poll interval; every few
 * intervals regardless, for a gap below the head that has closed).
 */
@Component
class StreamHub implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(StreamHub.class);
  private static final int PAGES_PER_TURN = 10;
  private static final int TICKS_PER_SWEEP = 5;
  private final StoredEventReader events;
  private final GrpcProperties grpc;
  private final QueryGateway queries;
  private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
  private ExecutorService pumps;
  private ScheduledExecutorService ticker;
  private volatile long head = -1;
  private long ticks;

  StreamHub(StoredEventReader events, GrpcProperties grpc, QueryGateway queries) {
    this.events = events;
    this.grpc = grpc;
    this.queries = queries;
  }

  void add(Subscription subscription) {
    subscriptions.add(subscription);
    schedule(subscription);
  }

  void remove(Subscription subscription) {
    subscription.close();
    subscriptions.remove(subscription);
  }

  void schedule(Subscription subscription) {
    if (subscription.closed() || pumps == null) {
      return;
    }
    pumps.execute(() -> {
      try {
        if (subscription.pump(after -> events.after(after, grpc.batchSize(), grpc.gapTimeout()), PAGES_PER_TURN)) {
          schedule(subscription);
        }
      } catch (RuntimeException e) {
        log.warn("Event stream of {} failed", subscription.integration(), e);
        subscription.end(e);
        schedule(subscription);
      }
    });
  }

  /** Subscriptions as they stand, for monitoring and tests. */
  List<Subscription> subscriptions() {
    return List.copyOf(subscriptions);
  }

  private void tick() {
    try {
      long now = events.head();
      boolean sweep = ++ticks % TICKS_PER_SWEEP == 0;
      if (sweep) {
        endStreamsOfChangedIntegrations();
      }
      if (now != head || sweep) {
        head = now;
        subscriptions.forEach(this::schedule);
      }
    } catch (RuntimeException e) {
      log.warn("Could not read the head of the event store", e);
    }
  }

  /**
   * A revoked integration loses its streams at once; one whose scope changed is asked to subscribe again, so that
   * its filter is checked against the new scope.
   */
  private void endStreamsOfChangedIntegrations() {
    subscriptions.stream().collect(Collectors.groupingBy(Subscription::integration)).forEach((name, streams) -> {
      Optional<IntegrationView> now = find(name);
      if (now == null) {
        return;
      }
      for (Subscription stream : streams) {
        if (now.isEmpty() || now.get().revoked()) {
          stream.end(Status.UNAUTHENTICATED.withDescription("Integration " + name + " is revoked").asRuntimeException());
        } else if (now.get().version() != stream.integrationVersion()) {
          stream.end(Status.ABORTED.withDescription("The registration of " + name
              + " changed; subscribe again").asRuntimeException());
        } else {
          continue;
        }
        subscriptions.remove(stream);
        schedule(stream);
      }
    });
  }

  /** The integration as registered now; null when that cannot be told. */
  private Optional<IntegrationView> find(String name) {
    try {
      return queries.query(new FindIntegrationQuery(name), ResponseTypes.optionalInstanceOf(IntegrationView.class))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("Could not check integration {}; its streams go on", name, e);
      return null;
    }
  }

  @Override
  public synchronized void start() {
    pumps = Executors.newFixedThreadPool(grpc.streamThreads(), r -> new Thread(r, "kiln-event-stream"));
    ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kiln-event-stream-head"));
    long every = grpc.pollInterval().toMillis();
    ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (ticker != null) {
      ticker.shutdownNow();
      pumps.shutdownNow();
      subscriptions.forEach(Subscription::close);
      ticker = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return ticker != null;
  }
}

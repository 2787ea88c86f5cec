package io.kiln.web.cqrs;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A collection as a server-sent event stream: its current items (event {@code item}), then {@code ready}, then each
 * item again whenever a projector changes it. Backed by an Axon subscription query; a comment every 15 s keeps idle
 * connections open.
 */
@Component
public class LiveCollections {
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);
  private final QueryGateway queries;
  private final Scheduler workers;

  LiveCollections(QueryGateway queries, Scheduler cqrsWorkers) {
    this.queries = queries;
    this.workers = cqrsWorkers;
  }

  /** {@code key} names an item's version, e.g. {@code id:version}, so that clients can drop repeats. */
  public <P, V> Flux<ServerSentEvent<Object>> stream(Object query, Class<P> pageType, Function<P, List<V>> items,
                                                    Class<V> viewType, Function<V, String> key) {
    return Flux.usingWhen(
        Mono.fromCallable(() -> queries.subscriptionQuery(query, ResponseTypes.instanceOf(pageType),
            ResponseTypes.instanceOf(viewType))).subscribeOn(workers),
        subscription -> events(subscription, items, key),
        subscription -> Mono.fromRunnable(subscription::close));
  }

  private <P, V> Flux<ServerSentEvent<Object>> events(SubscriptionQueryResult<P, V> subscription,
                                                      Function<P, List<V>> items, Function<V, String> key) {
    Flux<ServerSentEvent<Object>> current = subscription.initialResult().subscribeOn(workers)
        .flatMapMany(page -> Flux.fromIterable(items.apply(page)))
        .map(view -> item(view, key))
        .concatWith(Mono.just(ServerSentEvent.builder((Object) "{}").event("ready").build()));
    Flux<ServerSentEvent<Object>> changes = subscription.updates().map(view -> item(view, key));
    Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
        .map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
    return Flux.merge(current.concatWith(changes), heartbeat);
  }

  private static <V> ServerSentEvent<Object> item(V view, Function<V, String> key) {
    return ServerSentEvent.builder((Object) view).event("item").id(key.apply(view)).build();
  }
}

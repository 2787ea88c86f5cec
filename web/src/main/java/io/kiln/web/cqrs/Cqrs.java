package io.kiln.web.cqrs;

import io.kiln.domain.readmodel.ProjectionVersionQuery;
import io.kiln.web.ApiProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The web tier's way into the command and query buses: every call runs on the bounded worker pool, with the
 * request's actor and correlation metadata, its failures translated into API refusals.
 */
@Component
public class Cqrs {
  private final CommandGateway commands;
  private final QueryGateway queries;
  private final Scheduler workers;
  private final ApiProperties api;

  Cqrs(CommandGateway commands, QueryGateway queries, Scheduler cqrsWorkers, ApiProperties api) {
    this.commands = commands;
    this.queries = queries;
    this.workers = cqrsWorkers;
    this.api = api;
  }

  public <R> Mono<R> send(Object command, RequestContext context) {
    return Mono.<R>fromFuture(() -> commands.send(command, context.metaData()))
        .subscribeOn(workers)
        .timeout(api.commandTimeout())
        .onErrorMap(e -> Failures.translateCommand(e, command));
  }

  public <R> Mono<R> query(Object query, ResponseType<R> type) {
    return Mono.fromFuture(() -> queries.query(query, type))
        .subscribeOn(workers)
        .onErrorMap(e -> Failures.translate(e, query));
  }

  /** Blocking work that is neither a command nor a query (the event store, the processors), on the worker pool. */
  public <R> Mono<R> blocking(java.util.concurrent.Callable<R> work) {
    return Mono.fromCallable(work).subscribeOn(workers);
  }

  public Scheduler workers() {
    return workers;
  }

  /**
   * Subscribe to the read model's version of an aggregate, send the command, then wait (bounded) until the read model
   * has applied what the command wrote. Completes with whether it did within the wait.
   */
  public Mono<Boolean> sendAndAwait(Object command, RequestContext context, String readModel, String aggregateId) {
    return sendAndAwait(command, context, readModel, aggregateId, 0);
  }

  /** As above, for a creation that writes more than one event: waits for the read model to hold {@code atLeast}. */
  public Mono<Boolean> sendAndAwait(Object command, RequestContext context, String readModel, String aggregateId,
                                    long atLeast) {
    return Mono.usingWhen(
        Mono.fromCallable(() -> queries.subscriptionQuery(new ProjectionVersionQuery(readModel, aggregateId),
            Long.class, Long.class)).subscribeOn(workers),
        subscription -> this.<Object>send(command, context)
            .map(result -> Math.max(atLeast, writtenVersion(result)))
            .flatMap(version -> visible(subscription, version)),
        subscription -> Mono.fromRunnable(subscription::close));
  }

  private Mono<Boolean> visible(SubscriptionQueryResult<Long, Long> subscription, long version) {
    return subscription.initialResult().concatWith(subscription.updates())
        .filter(applied -> applied >= version)
        .next()
        .map(applied -> true)
        .subscribeOn(workers)
        .timeout(api.projectionWait(), Mono.just(false));
  }

  /** Commands on existing aggregates answer the aggregate's version; creations answer the new id (version 0). */
  private static long writtenVersion(Object result) {
    return result instanceof Long version ? version : 0L;
  }
}

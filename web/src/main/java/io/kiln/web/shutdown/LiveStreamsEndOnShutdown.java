package io.kiln.web.shutdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Event streams (live lists, logs) and proxied WebSockets never end by themselves, so a graceful shutdown would wait
 * its whole timeout for them: when Kiln begins to stop (before the web server waits for requests in flight) every open
 * one is ended, and browsers reconnect to whichever Kiln answers next. Other requests in flight still finish; those
 * still open are named in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LiveStreamsEndOnShutdown implements WebFilter, SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(LiveStreamsEndOnShutdown.class);
  private final Sinks.One<Boolean> stopping = Sinks.one();
  private final Map<ServerWebExchange, Boolean> inFlight = new ConcurrentHashMap<>();
  private volatile boolean running;

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return chain.filter(exchange)
        .takeUntilOther(stopping.asMono().flatMap(stop -> isEventStream(exchange) ? Mono.just(stop) : Mono.never()))
        .doOnSubscribe(s -> inFlight.put(exchange, true))
        .doFinally(signal -> inFlight.remove(exchange));
  }

  /** Asked for as an event stream, answering as one, or a WebSocket (to a session or an application). */
  static boolean isEventStream(ServerWebExchange exchange) {
    MediaType answered = exchange.getResponse().getHeaders().getContentType();
    return (answered != null && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(answered))
        || "websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade())
        || exchange.getRequest().getHeaders().getAccept().stream()
            .anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    String others = inFlight.keySet().stream().filter(e -> !isEventStream(e)).map(e -> describe(e.getRequest()))
        .collect(Collectors.joining(", "));
    long streams = inFlight.keySet().stream().filter(LiveStreamsEndOnShutdown::isEventStream).count();
    if (streams > 0 || !others.isEmpty()) {
      log.info("Stopping: ending {} event stream(s) and WebSocket(s); other requests in flight: {}", streams,
          others.isEmpty() ? "none" : others);
    }
    stopping.tryEmitValue(true);
  }

  private static String describe(ServerHttpRequest request) {
    return request.getMethod() + " " + request.getPath().value();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops first: before the web server's graceful shutdown begins to wait. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}

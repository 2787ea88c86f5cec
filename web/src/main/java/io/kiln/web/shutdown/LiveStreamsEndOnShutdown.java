package io.kiln.web.shutdown;

import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Event streams (live lists, logs) never end by themselves, so a graceful shutdown would wait its whole timeout for
 * them: when Kiln begins to stop (before the web server waits for requests in flight) every open stream is ended
 * cleanly, and browsers reconnect to whichever Kiln answers next. Other requests in flight still finish.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LiveStreamsEndOnShutdown implements WebFilter, SmartLifecycle {
  private final Sinks.One<Boolean> stopping = Sinks.one();
  private volatile boolean running;

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
    if (accepted.stream().noneMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype)) {
      return chain.filter(exchange);
    }
    return chain.filter(exchange).takeUntilOther(stopping.asMono());
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    stopping.tryEmitValue(true);
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

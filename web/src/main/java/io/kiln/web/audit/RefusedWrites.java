package io.kiln.web.audit;

import io.kiln.web.security.KilnAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Sees every failed write request of an authenticated caller (it runs after security) and has it recorded. */
@Component
class RefusedWrites implements WebFilter {
  private final HttpRefusals refusals;

  RefusedWrites(HttpRefusals refusals) {
    this.refusals = refusals;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!HttpRefusals.isWrite(exchange)) {
      return chain.filter(exchange);
    }
    return chain.filter(exchange).onErrorResume(error -> exchange.getPrincipal()
        .filter(KilnAuthentication.class::isInstance)
        .cast(KilnAuthentication.class)
        .flatMap(auth -> refusals.record(exchange, auth.principal(), error))
        .onErrorResume(recording -> Mono.empty())
        .then(Mono.error(error)));
  }
}

package io.kiln.web.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reads the bearer key of a request; a request without one stays unauthenticated. */
class BearerKeyConverter implements ServerAuthenticationConverter {
  private static final String SCHEME = "bearer ";

  @Override
  public Mono<Authentication> convert(ServerWebExchange exchange) {
    String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null || header.length() <= SCHEME.length()
        || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Mono.empty();
    }
    return Mono.just(new BearerKey(header.substring(SCHEME.length()).trim()));
  }
}

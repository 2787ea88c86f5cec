package io.kiln.web.proxy;

import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.AuthenticateApiKeyQuery;
import io.kiln.domain.user.Principal;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.security.KilnAuthentication;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who calls a proxied workload: the holder of an API key, sent as {@code Authorization: Bearer <key>} or as the cookie
 * {@code kiln_key}, or a person signed in to the browser UI (its session cookie).
 */
@Component
class ProxyCaller {
  static final String COOKIE = "kiln_key";
  static final String SIGN_IN_COOKIE = "SESSION";
  private final Cqrs cqrs;

  ProxyCaller(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  Mono<Principal> of(ServerWebExchange exchange) {
    String key = key(exchange.getRequest());
    if (key == null) {
      return signedIn(exchange);
    }
    if (!ApiKeys.plausible(key)) {
      return Mono.empty();
    }
    return cqrs.query(new AuthenticateApiKeyQuery(ApiKeys.hash(key)), ResponseTypes.optionalInstanceOf(Principal.class))
        .flatMap(Mono::justOrEmpty);
  }

  /** Only a request that carries the UI's session cookie is looked up (no session is made for anyone else). */
  private static Mono<Principal> signedIn(ServerWebExchange exchange) {
    if (exchange.getRequest().getCookies().getFirst(SIGN_IN_COOKIE) == null) {
      return Mono.empty();
    }
    return exchange.getSession()
        .mapNotNull(session -> session.<SecurityContext>getAttribute(
            WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME))
        .mapNotNull(SecurityContext::getAuthentication)
        .filter(KilnAuthentication.class::isInstance)
        .map(auth -> ((KilnAuthentication) auth).principal());
  }

  private static String key(ServerHttpRequest request) {
    String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "bearer ", 0, 7)) {
      return header.substring(7).trim();
    }
    HttpCookie cookie = request.getCookies().getFirst(COOKIE);
    return cookie == null ? null : cookie.getValue();
  }
}

package io.kiln.web.proxy;

import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.AuthenticateApiKeyQuery;
import io.kiln.domain.user.Principal;
import io.kiln.web.cqrs.Cqrs;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who calls a proxied workload: the holder of an API key, sent as {@code Authorization: Bearer <key>} or, for browsers
 * until Kiln has sign-in, as the cookie {@code kiln_key}.
 */
@Component
class ProxyCaller {
  static final String COOKIE = "kiln_key";
  private final Cqrs cqrs;

  ProxyCaller(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  Mono<Principal> of(ServerHttpRequest request) {
    String key = key(request);
    if (key == null || !ApiKeys.plausible(key)) {
      return Mono.empty();
    }
    return cqrs.query(new AuthenticateApiKeyQuery(ApiKeys.hash(key)), ResponseTypes.optionalInstanceOf(Principal.class))
        .flatMap(Mono::justOrEmpty);
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

package io.kiln.web.security;

import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.AuthenticateApiKeyQuery;
import io.kiln.domain.user.Principal;
import io.kiln.web.cqrs.Cqrs;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Accepts a bearer key when its hash names an issued, unexpired, unrevoked key. */
@Component
class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {
  private final Cqrs cqrs;

  ApiKeyAuthenticationManager(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    String key = (String) authentication.getCredentials();
    if (!ApiKeys.plausible(key)) {
      return Mono.error(new BadCredentialsException("malformed key"));
    }
    return cqrs.query(new AuthenticateApiKeyQuery(ApiKeys.hash(key)), ResponseTypes.optionalInstanceOf(Principal.class))
        .flatMap(Mono::justOrEmpty)
        .<Authentication>map(KilnAuthentication::new)
        .switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown, expired or revoked key")));
  }
}

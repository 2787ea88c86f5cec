package io.kiln.web.security;

import io.kiln.command.user.PasswordVault;
import io.kiln.domain.user.FindUserQuery;
import io.kiln.domain.user.Principal;
import io.kiln.domain.user.UserView;
import io.kiln.web.cqrs.Cqrs;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Signs a person in to the browser UI: username and password, checked against the stored hash. Not a
 * {@code ReactiveAuthenticationManager} bean, so that it serves the browser's filter chain only.
 */
@Component
class PasswordAuthenticationManager {
  private final PasswordVault vault;
  private final PasswordEncoder passwords;
  private final Cqrs cqrs;
  private final String dummyHash;

  PasswordAuthenticationManager(PasswordVault vault, PasswordEncoder passwords, Cqrs cqrs) {
    this.vault = vault;
    this.passwords = passwords;
    this.cqrs = cqrs;
    this.dummyHash = passwords.encode("not a password of anyone");
  }

  Mono<Authentication> authenticate(Authentication attempt) {
    String username = attempt.getName() == null ? "" : attempt.getName().trim();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    return cqrs.blocking(() -> vault.credentials(username)
            .filter(stored -> passwords.matches(password, stored.passwordHash()))
            .map(PasswordVault.Credentials::userId)
            .or(() -> {
              passwords.matches(password, dummyHash);
              return java.util.Optional.empty();
            }))
        .flatMap(Mono::justOrEmpty)
        .flatMap(userId -> cqrs.query(new FindUserQuery(userId), ResponseTypes.optionalInstanceOf(UserView.class)))
        .flatMap(Mono::justOrEmpty)
        .<Authentication>map(user -> new KilnAuthentication(new Principal(user.id(), user.username(), user.role(), null)))
        .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown username or wrong password")));
  }
}

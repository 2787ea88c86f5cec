package io.kiln.web.api.user;

import io.kiln.domain.KilnException;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.CreatePasswordLinkCommand;
import io.kiln.domain.user.PasswordRules;
import io.kiln.domain.user.SetPasswordCommand;
import io.kiln.domain.user.UserId;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Passwords for the browser UI: set by the user or an admin, or through a one-time link an admin creates. Neither
 * changes a read model (the hash stays on the command side), so both answer once the command is stored.
 */
@RestController
@RequestMapping(path = "/api/v1/users/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class PasswordController {
  private static final Duration DEFAULT_LINK_LIFETIME = Duration.ofHours(24);
  private static final long MAX_LINK_MINUTES = Duration.ofDays(7).toMinutes();
  private final Cqrs cqrs;
  private final PasswordEncoder passwords;

  PasswordController(Cqrs cqrs, PasswordEncoder passwords) {
    this.cqrs = cqrs;
    this.passwords = passwords;
  }

  record PasswordRequest(String password) {}

  record PasswordLinkRequest(Long expiresInMinutes) {}

  record PasswordLinkResponse(String path, String token, Instant expiresAt) {}

  @PutMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<Void>> set(@PathVariable String id, @RequestBody PasswordRequest body, RequestContext context) {
    UserId userId = UserId.parse(id);
    return cqrs.blocking(() -> {
          PasswordRules.check(body.password());
          return passwords.encode(body.password());
        })
        .flatMap(hash -> cqrs.send(new SetPasswordCommand(userId, hash, null), context))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping("/password-links")
  Mono<ResponseEntity<PasswordLinkResponse>> link(@PathVariable String id,
                                                  @RequestBody(required = false) PasswordLinkRequest body,
                                                  RequestContext context) {
    UserId userId = UserId.parse(id);
    Long minutes = body == null ? null : body.expiresInMinutes();
    if (minutes != null && (minutes < 1 || minutes > MAX_LINK_MINUTES)) {
      throw KilnException.invalid("expiresInMinutes", "must be 1–" + MAX_LINK_MINUTES);
    }
    Instant expiresAt = Instant.now().plus(minutes == null ? DEFAULT_LINK_LIFETIME : Duration.ofMinutes(minutes));
    String token = ApiKeys.newSecret().substring(ApiKeys.PREFIX.length());
    var command = new CreatePasswordLinkCommand(userId, UUID.randomUUID().toString(), ApiKeys.hash(token), expiresAt);
    return cqrs.send(command, context).thenReturn(ResponseEntity.status(HttpStatus.CREATED)
        .body(new PasswordLinkResponse("/password/" + token, token, expiresAt)));
  }
}

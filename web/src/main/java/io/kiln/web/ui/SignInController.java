package io.kiln.web.ui;

import io.kiln.command.user.PasswordVault;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.FindUserQuery;
import io.kiln.domain.user.PasswordRules;
import io.kiln.domain.user.Principal;
import io.kiln.domain.user.SetPasswordCommand;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserView;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import io.kiln.web.cqrs.RequestIds;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The sign-in page, and the page where a one-time link lets a person choose their password. */
@Controller
class SignInController {
  private final Cqrs cqrs;
  private final PasswordVault vault;
  private final PasswordEncoder passwords;

  SignInController(Cqrs cqrs, PasswordVault vault, PasswordEncoder passwords) {
    this.cqrs = cqrs;
    this.vault = vault;
    this.passwords = passwords;
  }

  @GetMapping("/login")
  String login(ServerWebExchange exchange, Model model) {
    var params = exchange.getRequest().getQueryParams();
    model.addAttribute("failed", params.containsKey("error"));
    model.addAttribute("signedOut", params.containsKey("signedOut"));
    model.addAttribute("passwordSet", params.containsKey("passwordSet"));
    return "login";
  }

  @GetMapping("/")
  String home() {
    return "redirect:/projects";
  }

  @GetMapping("/password/{token}")
  Mono<String> passwordForm(@PathVariable String token, Model model) {
    return holder(token).map(user -> {
      model.addAttribute("username", user.username());
      return "password";
    });
  }

  record PasswordForm(String password, String confirmation) {}

  @PostMapping("/password/{token}")
  Mono<String> setPassword(@PathVariable String token, @ModelAttribute PasswordForm form, Model model,
                           ServerWebExchange exchange) {
    return holder(token).flatMap(user -> {
      model.addAttribute("username", user.username());
      if (form.password() == null || !form.password().equals(form.confirmation())) {
        model.addAttribute("error", FormError.of("The two passwords differ"));
        return Mono.just("password");
      }
      return cqrs.blocking(() -> {
            PasswordRules.check(form.password());
            return passwords.encode(form.password());
          })
          .flatMap(hash -> cqrs.send(new SetPasswordCommand(new UserId(user.id()), hash, ApiKeys.hash(token)),
              new RequestContext(new Principal(user.id(), user.username(), user.role(), null),
                  RequestIds.of(exchange), RequestIds.clientAddress(exchange))))
          .thenReturn("redirect:/login?passwordSet")
          .onErrorResume(e -> {
            model.addAttribute("error", FormError.of(e));
            return Mono.just("password");
          });
    });
  }

  private Mono<UserView> holder(String token) {
    return cqrs.blocking(() -> vault.linkHolder(ApiKeys.hash(token), Instant.now()))
        .flatMap(Mono::justOrEmpty)
        .flatMap(id -> cqrs.query(new FindUserQuery(id), ResponseTypes.optionalInstanceOf(UserView.class)))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.NOT_FOUND,
            "This password link is unknown, already used or expired; ask an administrator for a new one")));
  }
}

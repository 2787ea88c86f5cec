package io.kiln.web.ui;

import static io.kiln.domain.readmodel.ReadModels.USERS;

import io.kiln.domain.KilnException;
import io.kiln.domain.user.ApiKeyList;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.IssueApiKeyCommand;
import io.kiln.domain.user.ListApiKeysQuery;
import io.kiln.domain.user.RevokeApiKeyCommand;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserRole;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The signed-in person's own API keys: list them, issue one, revoke one (the same commands and queries as
 * {@code /api/v1/users/{id}/api-keys}). A new secret waits in the session for the one page that shows it.
 */
@Controller
class ApiKeyPages {
  private static final String NEW_KEY = ApiKeyPages.class.getName() + ".newKey";
  private final Cqrs cqrs;

  ApiKeyPages(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  /** {@code expiresAt} is a date (yyyy-MM-dd): the key stops working at 00:00 UTC that day. */
  record KeyForm(String name, String expiresAt) {}

  record NewKey(String name, String secret) {}

  @GetMapping("/keys")
  Mono<String> keys(RequestContext context, WebSession session, ServerWebExchange exchange, Model model) {
    model.addAttribute("newKey", session.getAttributes().remove(NEW_KEY));
    return page(new KeyForm("", ""), null, context, exchange, model);
  }

  @PostMapping("/keys")
  Mono<String> issue(@ModelAttribute KeyForm form, RequestContext context, WebSession session,
                     ServerWebExchange exchange, Model model) {
    UserId me = UserId.parse(context.principal().userId());
    String secret = ApiKeys.newSecret();
    String name = ProjectPages.blankToNull(form.name());
    return Mono.defer(() -> cqrs.sendAndAwait(new IssueApiKeyCommand(me, UUID.randomUUID().toString(), name,
            ApiKeys.hash(secret), ApiKeys.displayPrefix(secret), expiresAt(form.expiresAt())), context, USERS,
            me.value()))
        .doOnSuccess(visible -> session.getAttributes().put(NEW_KEY, new NewKey(name, secret)))
        .thenReturn("redirect:/keys")
        .onErrorResume(e -> page(form, FormError.of(e), context, exchange, model));
  }

  @PostMapping("/keys/{keyId}/revoke")
  Mono<String> revoke(@PathVariable String keyId, RequestContext context, ServerWebExchange exchange, Model model) {
    UserId me = UserId.parse(context.principal().userId());
    return cqrs.sendAndAwait(new RevokeApiKeyCommand(me, keyId), context, USERS, me.value())
        .thenReturn("redirect:/keys")
        .onErrorResume(e -> {
          ActionRefusal.put(model, "revoke-key-" + keyId, e);
          return page(new KeyForm("", ""), null, context, exchange, model);
        });
  }

  private Mono<String> page(KeyForm form, FormError error, RequestContext context, ServerWebExchange exchange,
                            Model model) {
    Instant now = Instant.now();
    return cqrs.query(new ListApiKeysQuery(context.principal().userId()), ResponseTypes.instanceOf(ApiKeyList.class))
        .map(keys -> {
          model.addAttribute("keys", keys.items().stream().map(k -> ApiKeyRow.of(k, now)).toList());
          model.addAttribute("mayChange", context.principal().role() != UserRole.AUDITOR);
          model.addAttribute("meUrl", exchange.getRequest().getURI().resolve("/api/v1/me").toString());
          model.addAttribute("form", form);
          model.addAttribute("error", error);
          return "keys";
        });
  }

  private static Instant expiresAt(String date) {
    if (ProjectPages.blankToNull(date) == null) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw KilnException.invalid("expiresAt", "must be a date such as 2030-12-31");
    }
  }
}

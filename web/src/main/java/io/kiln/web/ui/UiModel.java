package io.kiln.web.ui;

import io.kiln.domain.KilnException;
import io.kiln.domain.user.Principal;
import io.kiln.web.error.Problems;
import io.kiln.web.security.KilnAuthentication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every page needs: the CSRF token, who is signed in; and refusals shown as a page in words. */
@ControllerAdvice(basePackages = "io.kiln.web.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiModel {

  @ModelAttribute("_csrf")
  Mono<CsrfToken> csrf(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? Mono.empty() : token.doOnSuccess(t -> exchange.getAttributes()
        .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
  }

  /** For htmx requests: {@code <body th:attr="hx-headers=${csrfHeaders}">} sends the token with every one. */
  @ModelAttribute("csrfHeaders")
  Mono<String> csrfHeaders(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? Mono.empty()
        : token.map(t -> "{\"" + t.getHeaderName() + "\": \"" + t.getToken() + "\"}");
  }

  @ModelAttribute("me")
  Mono<Principal> me(ServerWebExchange exchange) {
    return exchange.getPrincipal().filter(KilnAuthentication.class::isInstance)
        .map(auth -> ((KilnAuthentication) auth).principal());
  }

  @ExceptionHandler(KilnException.class)
  String refused(KilnException e, Model model, ServerWebExchange exchange) {
    exchange.getResponse().setStatusCode(Problems.from(e).status());
    model.addAttribute("error", FormError.of(e));
    return "error";
  }
}

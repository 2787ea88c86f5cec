package io.kiln.web.cqrs;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.web.security.KilnAuthentication;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Lets controller methods take a {@link RequestContext} parameter. */
public class RequestContextArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == RequestContext.class;
  }

  @Override
  public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
    return exchange.getPrincipal()
        .filter(KilnAuthentication.class::isInstance)
        .cast(KilnAuthentication.class)
        .<Object>map(auth -> new RequestContext(auth.principal(), RequestIds.of(exchange),
            RequestIds.clientAddress(exchange)))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.UNAUTHENTICATED, "Authentication required")));
  }
}

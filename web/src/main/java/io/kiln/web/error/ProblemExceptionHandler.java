package io.kiln.web.error;

import io.kiln.web.cqrs.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** The one place where failures become HTTP answers: every error leaves Kiln as problem+json. */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
  private final ProblemWriter writer;

  ProblemExceptionHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    Problem problem = Problems.from(error);
    if (problem.status().is5xxServerError()) {
      log.error("Request {} {} failed (request id {})", exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(), RequestIds.of(exchange), error);
    }
    if (error instanceof MethodNotAllowedException e) {
      exchange.getResponse().getHeaders().setAllow(e.getSupportedMethods());
    }
    return writer.write(exchange, problem);
  }
}

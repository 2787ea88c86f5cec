package io.kiln.web.security;

import io.kiln.domain.ErrorCode;
import io.kiln.web.error.Problem;
import io.kiln.web.error.ProblemWriter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Requests the firewall refuses (encoded slashes, traversal, odd methods) get a problem+json answer too. */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {
  private final ProblemWriter problems;

  RejectedRequests(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
    return problems.write(exchange, new Problem(ErrorCode.MALFORMED_REQUEST,
        "The request was refused: its URL or method is not acceptable"));
  }
}

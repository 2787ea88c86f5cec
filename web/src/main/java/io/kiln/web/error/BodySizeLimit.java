package io.kiln.web.error;

import io.kiln.domain.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a body announced larger than 1 MiB before reading any of it. Bodies without a length are cut off by the
 * codecs at the same limit ({@code spring.codec.max-in-memory-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimit implements WebFilter {
  public static final long MAX_BODY_BYTES = 1024 * 1024;
  private final ProblemWriter writer;

  BodySizeLimit(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (exchange.getRequest().getHeaders().getContentLength() > MAX_BODY_BYTES) {
      return writer.write(exchange, new Problem(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB"));
    }
    return chain.filter(exchange);
  }
}

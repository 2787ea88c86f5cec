package io.kiln.web.error;

import io.kiln.domain.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a body announced larger than 1 MiB before reading any of it. Bodies without a length are cut off by the
 * codecs at the same limit ({@code spring.codec.max-in-memory-size}). Project file uploads are streamed and exempt.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimit implements WebFilter {
  public static final long MAX_BODY_BYTES = 1024 * 1024;
  private static final PathPattern FILE_UPLOAD = PathPatternParser.defaultInstance
      .parse("/api/v1/projects/{projectId}/files/{*path}");
  private final ProblemWriter writer;

  BodySizeLimit(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (exchange.getRequest().getHeaders().getContentLength() > MAX_BODY_BYTES && !isFileUpload(exchange)) {
      return writer.write(exchange, new Problem(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB"));
    }
    return chain.filter(exchange);
  }

  /** Uploads of project files are streamed to disk, with their own limit ({@code KILN_FILES_MAX_UPLOAD}). */
  private static boolean isFileUpload(ServerWebExchange exchange) {
    return exchange.getRequest().getMethod() == HttpMethod.PUT
        && FILE_UPLOAD.matches(PathContainer.parsePath(exchange.getRequest().getPath().value()));
  }
}

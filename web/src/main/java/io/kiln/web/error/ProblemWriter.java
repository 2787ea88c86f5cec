package io.kiln.web.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiln.web.cqrs.RequestIds;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a {@link Problem} as {@code application/problem+json} (RFC 9457) with Kiln's {@code code} member. */
@Component
public class ProblemWriter {
  private final ObjectMapper json;

  ProblemWriter(ObjectMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    response.setStatusCode(problem.status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = serialize(body(exchange, problem));
    response.getHeaders().setContentLength(body.length);
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }

  private Map<String, Object> body(ServerWebExchange exchange, Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:kiln:problem:" + problem.code().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    body.put("title", problem.code().title());
    body.put("status", problem.status().value());
    body.put("detail", problem.detail());
    body.put("instance", exchange.getRequest().getPath().value());
    body.put("code", problem.code().name());
    body.put("requestId", RequestIds.of(exchange));
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    problem.details().forEach(body::putIfAbsent);
    return body;
  }

  private byte[] serialize(Map<String, Object> body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem body could not be written", e);
    }
  }
}

package io.kiln.web.serving;

import io.kiln.domain.ErrorCode;
import io.kiln.web.error.Problem;
import io.kiln.web.error.ProblemWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Forwards a call to its replica and writes what comes back: the replica's answer streamed as it is (its status and
 * content type), or {@code 502 MODEL_FAILED} when the replica cannot be reached, does not answer in time, or answers
 * with a 5xx (the start of its answer in {@code replicaAnswer}).
 */
@Component
class ReplicaForwarding {
  private static final Logger log = LoggerFactory.getLogger(ReplicaForwarding.class);
  private static final int ANSWER_EXCERPT_BYTES = 2048;
  private final ReplicaClient client;
  private final ServingMetrics metrics;
  private final ProblemWriter problems;
  private final ServingProperties properties;

  ReplicaForwarding(ReplicaClient client, ServingMetrics metrics, ProblemWriter problems,
                    ServingProperties properties) {
    this.client = client;
    this.metrics = metrics;
    this.problems = problems;
    this.properties = properties;
  }

  Mono<Void> forward(ForwardedCall call, ServerWebExchange exchange) {
    var request = exchange.getRequest();
    return client.predict(call.replica(), request.getHeaders().getContentType(), request.getBody())
        .map(entity -> new Answer(entity, null))
        .onErrorResume(e -> Mono.just(new Answer(null, e)))
        .flatMap(answer -> {
          if (answer.error() != null) {
            return unreachable(call, answer.error(), exchange);
          }
          return answer.entity().getStatusCode().is5xxServerError() ? modelError(call, answer.entity(), exchange)
              : stream(call, answer.entity(), exchange.getResponse());
        });
  }

  private Mono<Void> stream(ForwardedCall call, ResponseEntity<Flux<DataBuffer>> entity,
                            ServerHttpResponse response) {
    response.setStatusCode(entity.getStatusCode());
    var headers = entity.getHeaders();
    if (headers.getContentType() != null) {
      response.getHeaders().setContentType(headers.getContentType());
    }
    if (headers.getContentLength() >= 0) {
      response.getHeaders().setContentLength(headers.getContentLength());
    }
    CallOutcome answered = entity.getStatusCode().is4xxClientError() ? CallOutcome.CLIENT_ERROR : CallOutcome.SUCCESS;
    Flux<DataBuffer> body = entity.getBody() == null ? Flux.empty() : entity.getBody();
    return response.writeWith(body.doFinally(signal -> {
      boolean broken = signal == SignalType.ON_ERROR;
      metrics.record(call.modelId(), call.modelVersion(), broken ? CallOutcome.FAILED : answered,
          broken ? ErrorCode.MODEL_FAILED.name() : null, ModelCalls.since(call.startedNanos()));
    }));
  }

  private Mono<Void> modelError(ForwardedCall call, ResponseEntity<Flux<DataBuffer>> entity,
                                ServerWebExchange exchange) {
    Flux<DataBuffer> body = entity.getBody() == null ? Flux.empty() : entity.getBody();
    return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(body, ANSWER_EXCERPT_BYTES))
        .map(buffer -> {
          String text = buffer.toString(StandardCharsets.UTF_8);
          DataBufferUtils.release(buffer);
          return text;
        })
        .onErrorReturn("")
        .defaultIfEmpty("")
        .flatMap(text -> failed(call, exchange, "The model's version " + call.modelVersion() + " answered "
            + entity.getStatusCode().value(), Map.of("replicaStatus", entity.getStatusCode().value(),
            "replicaAnswer", text)));
  }

  private Mono<Void> unreachable(ForwardedCall call, Throwable error, ServerWebExchange exchange) {
    boolean timedOut = error instanceof TimeoutException || error.getCause() instanceof TimeoutException
        || error.getClass().getSimpleName().contains("Timeout")
        || (error.getCause() != null && error.getCause().getClass().getSimpleName().contains("Timeout"));
    String detail = timedOut
        ? "A replica of the model's version " + call.modelVersion() + " did not answer within "
            + properties.timeout().toSeconds() + "s"
        : "A replica of the model's version " + call.modelVersion() + " could not be reached";
    log.warn("Model {} version {}: {} ({})", call.modelId(), call.modelVersion(), detail, error.toString());
    return failed(call, exchange, detail, Map.of());
  }

  private Mono<Void> failed(ForwardedCall call, ServerWebExchange exchange, String detail,
                            Map<String, Object> more) {
    metrics.record(call.modelId(), call.modelVersion(), CallOutcome.FAILED, ErrorCode.MODEL_FAILED.name(),
        ModelCalls.since(call.startedNanos()));
    var details = new LinkedHashMap<String, Object>(more);
    details.put("modelVersion", call.modelVersion());
    return problems.write(exchange, new Problem(ErrorCode.MODEL_FAILED, detail, List.of(), details));
  }

  /** What came back from the replica: its answer, or why there is none. */
  private record Answer(ResponseEntity<Flux<DataBuffer>> entity, Throwable error) {}
}

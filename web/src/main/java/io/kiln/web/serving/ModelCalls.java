package io.kiln.web.serving;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.model.ModelCallAuthorization;
import io.kiln.domain.serving.ModelCallPlan;
import io.kiln.domain.serving.PrepareModelCallQuery;
import io.kiln.domain.serving.ServingRoute;
import io.kiln.domain.user.ApiKeys;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.error.Problem;
import io.kiln.web.error.ProblemWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One call to a model through Kiln: the key checked (nothing is forwarded without it), the version chosen by the
 * traffic split, a ready replica of it by round-robin, the body forwarded and the answer streamed back.
 */
@Component
class ModelCalls {
  static final String VERSION_HEADER = "X-Kiln-Model-Version";
  private final Cqrs cqrs;
  private final CanarySplit split;
  private final ReplicaBalancer balancer;
  private final ReplicaForwarding forwarding;
  private final ServingMetrics metrics;
  private final ProblemWriter problems;

  ModelCalls(Cqrs cqrs, CanarySplit split, ReplicaBalancer balancer, ReplicaForwarding forwarding,
             ServingMetrics metrics, ProblemWriter problems) {
    this.cqrs = cqrs;
    this.split = split;
    this.balancer = balancer;
    this.forwarding = forwarding;
    this.metrics = metrics;
    this.problems = problems;
  }

  Mono<Void> call(String modelId, ServerWebExchange exchange) {
    long started = System.nanoTime();
    String key = ModelKeyHeaders.of(exchange.getRequest().getHeaders());
    var query = new PrepareModelCallQuery(modelId, key == null ? null : ApiKeys.hash(key));
    return cqrs.query(query, ResponseTypes.optionalInstanceOf(ModelCallPlan.class))
        .flatMap(plan -> plan.isEmpty()
            ? problems.write(exchange, new Problem(ErrorCode.MODEL_NOT_FOUND, "Model not found"))
            : call(modelId, plan.get(), key != null, exchange, started));
  }

  private Mono<Void> call(String modelId, ModelCallPlan plan, boolean keyGiven, ServerWebExchange exchange,
                          long started) {
    ModelCallAuthorization authorization = plan.authorization();
    if (!authorization.allowed()) {
      metrics.record(modelId, null, CallOutcome.REFUSED, null, since(started));
      if (!keyGiven) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kiln-model\"");
        return problems.write(exchange, new Problem(ErrorCode.MODEL_KEY_REQUIRED,
            "Send a model access key as '" + ModelKeyHeaders.HEADER + ": <key>' or 'Authorization: Bearer <key>'"));
      }
      return problems.write(exchange, new Problem(ErrorCode.MODEL_KEY_REFUSED, authorization.reason()));
    }
    ServingRoute route = plan.route();
    if (route == null) {
      return unavailable(modelId, null, exchange, started, "No deployment of the model serves calls");
    }
    int version = split.pick(route);
    Optional<URI> replica = balancer.next(route.deploymentId(), version);
    if (replica.isEmpty() && route.canaryVersion() != null) {
      int other = version == route.modelVersion() ? route.canaryVersion() : route.modelVersion();
      replica = balancer.next(route.deploymentId(), other);
      version = replica.isPresent() ? other : version;
    }
    if (replica.isEmpty()) {
      return unavailable(modelId, version, exchange, started, "No replica of the model's version " + version
          + " is ready");
    }
    exchange.getResponse().getHeaders().set(VERSION_HEADER, String.valueOf(version));
    return forwarding.forward(new ForwardedCall(modelId, version, replica.get(), started), exchange);
  }

  private Mono<Void> unavailable(String modelId, Integer version, ServerWebExchange exchange, long started,
                                 String detail) {
    metrics.record(modelId, version, CallOutcome.UNAVAILABLE, ErrorCode.MODEL_UNAVAILABLE.name(), since(started));
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
    Map<String, Object> details = version == null ? Map.of() : Map.of("modelVersion", version);
    return problems.write(exchange, new Problem(ErrorCode.MODEL_UNAVAILABLE, detail, List.of(), details));
  }

  static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}

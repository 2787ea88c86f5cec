package io.kiln.web.serving;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Calls to deployed models, by id or by name. They carry a model access key (or none, for models that need none),
 * never a person's API key; see {@link ModelKeyHeaders}.
 */
@RestController
class ModelCallController {
  private final ModelCalls calls;
  private final ModelNames names;

  ModelCallController(ModelCalls calls, ModelNames names) {
    this.calls = calls;
    this.names = names;
  }

  @PostMapping("/api/v1/models/{modelId}/predict")
  Mono<Void> byId(@PathVariable String modelId, ServerWebExchange exchange) {
    return calls.call(modelId, exchange);
  }

  @PostMapping("/model/{modelName}")
  Mono<Void> byName(@PathVariable String modelName, ServerWebExchange exchange) {
    return names.resolve(null, null, modelName).flatMap(id -> calls.call(id, exchange));
  }

  @PostMapping("/model/{owner}/{project}/{modelName}")
  Mono<Void> byQualifiedName(@PathVariable String owner, @PathVariable String project,
                             @PathVariable String modelName, ServerWebExchange exchange) {
    return names.resolve(owner, project, modelName).flatMap(id -> calls.call(id, exchange));
  }
}

package io.kiln.web.serving;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.serving.ResolveModelNameQuery;
import io.kiln.web.cqrs.Cqrs;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The model a short route names: {@code owner/project/model} names one at most; a bare model name names the one
 * model of that name in the workspace, and is refused ({@code 409 MODEL_NAME_AMBIGUOUS}) while several share it.
 */
@Component
class ModelNames {
  private final Cqrs cqrs;

  ModelNames(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  Mono<String> resolve(String ownerUsername, String projectName, String modelName) {
    return cqrs.query(new ResolveModelNameQuery(ownerUsername, projectName, modelName),
            ResponseTypes.multipleInstancesOf(String.class))
        .flatMap(ids -> {
          if (ids.isEmpty()) {
            return Mono.error(new KilnException(ErrorCode.MODEL_NOT_FOUND, "No model is named " + modelName));
          }
          if (ids.size() > 1) {
            return Mono.error(new KilnException(ErrorCode.MODEL_NAME_AMBIGUOUS, "Several models are named "
                + modelName + ": call /model/<owner>/<project>/<model> or /api/v1/models/<id>/predict"));
          }
          return Mono.just(ids.get(0));
        });
  }
}

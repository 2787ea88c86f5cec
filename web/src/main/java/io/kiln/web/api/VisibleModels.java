package io.kiln.web.api;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.model.FindModelQuery;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelView;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The model a resource path names, if the caller may see it; 404 otherwise. */
@Component
public class VisibleModels {
  private final Cqrs cqrs;

  VisibleModels(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  public Mono<ModelView> find(String modelId, RequestContext context) {
    return cqrs.query(new FindModelQuery(ModelId.parse(modelId).value(), context.actor()),
            ResponseTypes.optionalInstanceOf(ModelView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.MODEL_NOT_FOUND, "Model not found")));
  }
}

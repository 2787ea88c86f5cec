package io.kiln.web.api.model;

import static io.kiln.domain.readmodel.ReadModels.MODELS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.model.AuthorizeModelCallQuery;
import io.kiln.domain.model.ChangeModelCommand;
import io.kiln.domain.model.FindModelVersionQuery;
import io.kiln.domain.model.ListModelVersionsQuery;
import io.kiln.domain.model.ModelCallAuthorization;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelVersionPage;
import io.kiln.domain.model.ModelVersionView;
import io.kiln.domain.model.ModelView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.serving.FindModelServingStatsQuery;
import io.kiln.domain.serving.ModelServingStats;
import io.kiln.domain.user.ApiKeys;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A model: read and change it, its versions (also live), and whether a key may call it. */
@RestController
@RequestMapping(path = "/api/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelResourceController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleModels models;

  ModelResourceController(Cqrs cqrs, LiveCollections live, VisibleModels models) {
    this.cqrs = cqrs;
    this.live = live;
    this.models = models;
  }

  /** A model with the calls it took through Kiln ({@code serving}). */
  @GetMapping("/{modelId}")
  Mono<ModelWithServing> get(@PathVariable String modelId, RequestContext context) {
    return models.find(modelId, context)
        .flatMap(model -> cqrs.query(new FindModelServingStatsQuery(model.id()),
                ResponseTypes.instanceOf(ModelServingStats.class))
            .map(serving -> new ModelWithServing(model, serving)));
  }

  @PatchMapping(path = "/{modelId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ModelView> change(@PathVariable String modelId, @RequestBody ChangeModelRequest body,
                         RequestContext context) {
    ModelId id = ModelId.parse(modelId);
    Required.field("body", body);
    return models.find(modelId, context)
        .then(cqrs.sendAndAwait(new ChangeModelCommand(id, body.description(), body.accessKeyRequired()), context,
            MODELS, id.value()))
        .then(models.find(modelId, context));
  }

  @GetMapping("/{modelId}/versions")
  Mono<Page<ModelVersionView>> versions(@PathVariable String modelId,
                                        @RequestParam(required = false) Integer pageSize,
                                        @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = new ListModelVersionsQuery(ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), pageToken);
    return models.find(modelId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(ModelVersionPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(path = "/{modelId}/versions", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> liveVersions(@PathVariable String modelId,
                                             @RequestParam(required = false) Integer pageSize,
                                             RequestContext context) {
    var query = new ListModelVersionsQuery(ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), null);
    return models.find(modelId, context).thenMany(live.stream(query, ModelVersionPage.class,
        ModelVersionPage::items, ModelVersionView.class, v -> v.modelId() + ":" + v.number()));
  }

  @GetMapping("/{modelId}/versions/{number}")
  Mono<ModelVersionView> version(@PathVariable String modelId, @PathVariable int number, RequestContext context) {
    return cqrs.query(new FindModelVersionQuery(ModelId.parse(modelId).value(), number, context.actor()),
            ResponseTypes.optionalInstanceOf(ModelVersionView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(models.find(modelId, context).then(Mono.error(() ->
            new KilnException(ErrorCode.MODEL_VERSION_NOT_FOUND, "The model has no version " + number))));
  }

  /** For the serving proxy: may a call presenting {@code key} call the model? Always answers 200. */
  @PostMapping(path = "/{modelId}:authorize", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ModelCallAuthorization> authorize(@PathVariable String modelId, @RequestBody AuthorizeRequest body,
                                         RequestContext context) {
    String keyHash = body == null || body.key() == null ? null : ApiKeys.hash(body.key());
    return models.find(modelId, context)
        .then(cqrs.query(new AuthorizeModelCallQuery(ModelId.parse(modelId).value(), keyHash),
            ResponseTypes.instanceOf(ModelCallAuthorization.class)));
  }
}

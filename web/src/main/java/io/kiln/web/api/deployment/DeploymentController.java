package io.kiln.web.api.deployment;

import static io.kiln.domain.readmodel.ReadModels.DEPLOYMENTS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.deployment.CreateDeploymentCommand;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentPage;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.ListDeploymentsQuery;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A model's deployments: create one (secrets go to the secret store), list them (also live), read one. */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
class DeploymentController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleModels models;
  private final VisibleDeployments deployments;
  private final DeploymentSecrets secrets;

  DeploymentController(Cqrs cqrs, LiveCollections live, VisibleModels models, VisibleDeployments deployments,
                       DeploymentSecrets secrets) {
    this.cqrs = cqrs;
    this.live = live;
    this.models = models;
    this.deployments = deployments;
    this.secrets = secrets;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<DeploymentView>> create(@PathVariable String modelId, @RequestBody CreateDeploymentRequest body,
                                              RequestContext context) {
    ModelId.parse(modelId);
    Required.field("body", body);
    DeploymentId id = DeploymentId.newId();
    URI location = URI.create("/api/v1/models/" + modelId + "/deployments/" + id.value());
    return models.find(modelId, context)
        .flatMap(model -> secrets.keep(id.value(), body.secrets())
            .map(references -> new CreateDeploymentCommand(id, model.id(), version(body, model), body.profileId(),
                body.replicas(), body.environment(), references)))
        .flatMap(command -> cqrs.sendAndAwait(command, context, DEPLOYMENTS, id.value())
            .onErrorResume(refused -> secrets.forget(id.value()).then(Mono.error(refused))))
        .flatMap(visible -> visible
            ? deployments.find(modelId, id.value(), context).map(d -> ResponseEntity.created(location).body(d))
            : Mono.just(ResponseEntity.accepted().location(location).build()));
  }

  @GetMapping
  Mono<Page<DeploymentView>> list(@PathVariable String modelId, @RequestParam(required = false) Integer pageSize,
                                  @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = new ListDeploymentsQuery(ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), pageToken);
    return models.find(modelId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(DeploymentPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String modelId, @RequestParam(required = false) Integer pageSize,
                                     RequestContext context) {
    var query = new ListDeploymentsQuery(ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), null);
    return models.find(modelId, context).thenMany(live.stream(query, DeploymentPage.class, DeploymentPage::items,
        DeploymentView.class, d -> d.id() + ":" + d.version()));
  }

  @GetMapping("/{deploymentId}")
  Mono<DeploymentView> get(@PathVariable String modelId, @PathVariable String deploymentId, RequestContext context) {
    return deployments.find(modelId, deploymentId, context);
  }

  /** The version asked for, else the model's latest. */
  private static Integer version(CreateDeploymentRequest body, ModelView model) {
    if (body.modelVersion() != null) {
      return body.modelVersion();
    }
    if (model.latestVersion() == null) {
      throw new KilnException(ErrorCode.MODEL_VERSION_NOT_FOUND, "The model has no version yet; build it first");
    }
    return model.latestVersion();
  }
}

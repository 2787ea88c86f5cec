package io.kiln.web.api.build;

import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildPage;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.ListBuildsQuery;
import io.kiln.domain.build.RequestBuildCommand;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelRules;
import io.kiln.domain.model.ModelView;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
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

/**
 * A model's builds: each builds the project's current files on the model's runtime; each that succeeds becomes the
 * model's next version. The builds themselves live with their project's.
 */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/builds", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelBuildController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleModels models;
  private final BuildController builds;

  ModelBuildController(Cqrs cqrs, LiveCollections live, VisibleModels models, BuildController builds) {
    this.cqrs = cqrs;
    this.live = live;
    this.models = models;
    this.builds = builds;
  }

  @PostMapping
  Mono<ResponseEntity<BuildView>> request(@PathVariable String modelId,
                                          @RequestBody(required = false) ModelBuildRequest body,
                                          RequestContext context) {
    ModelId.parse(modelId);
    return models.find(modelId, context).flatMap(model -> {
      BuildId id = BuildId.newId();
      return builds.send(new ProjectId(model.projectId()), id, command(id, model, body), context);
    });
  }

  @GetMapping
  Mono<Page<BuildView>> list(@PathVariable String modelId, @RequestParam(required = false) Integer pageSize,
                             @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = new ListBuildsQuery(null, ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), pageToken);
    return models.find(modelId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(BuildPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String modelId, @RequestParam(required = false) Integer pageSize,
                                     RequestContext context) {
    var query = new ListBuildsQuery(null, ModelId.parse(modelId).value(), context.actor(),
        PageRequests.pageSize(pageSize), null);
    return models.find(modelId, context).thenMany(live.stream(query, BuildPage.class, BuildPage::items,
        BuildView.class, b -> b.id() + ":" + b.version() + ":" + b.position()));
  }

  private static RequestBuildCommand command(BuildId id, ModelView model, ModelBuildRequest body) {
    return new RequestBuildCommand(id, model.projectId(), BuildKind.MODEL, ModelRules.imageName(model.name()),
        new BuildSource(SourceKind.PROJECT_FILES, null, null, null), model.runtimeId(),
        body == null ? null : BuildController.recipe(body.recipe()), model.id());
  }
}

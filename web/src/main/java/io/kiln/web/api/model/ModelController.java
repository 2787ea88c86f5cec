package io.kiln.web.api.model;

import static io.kiln.domain.readmodel.ReadModels.MODELS;

import io.kiln.domain.model.CreateModelCommand;
import io.kiln.domain.model.ListModelsQuery;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelPage;
import io.kiln.domain.model.ModelView;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.api.VisibleProjects;
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

/** A project's models by name; the collection is also a live event stream. Each model lives at /api/v1/models. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/models", produces = MediaType.APPLICATION_JSON_VALUE)
class ModelController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleProjects projects;
  private final VisibleModels models;

  ModelController(Cqrs cqrs, LiveCollections live, VisibleProjects projects, VisibleModels models) {
    this.cqrs = cqrs;
    this.live = live;
    this.projects = projects;
    this.models = models;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<ModelView>> create(@PathVariable String projectId, @RequestBody CreateModelRequest body,
                                         RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    Required.field("body", body);
    ModelId id = ModelId.newId();
    URI location = URI.create("/api/v1/models/" + id.value());
    var command = new CreateModelCommand(id, project.value(), body.name(), body.description(), body.file(),
        body.function(), body.runtimeId(), body.accessKeyRequired());
    return cqrs.sendAndAwait(command, context, MODELS, id.value())
        .flatMap(visible -> visible
            ? models.find(id.value(), context).map(m -> ResponseEntity.created(location).body(m))
            : Mono.just(ResponseEntity.accepted().location(location).build()));
  }

  @GetMapping
  Mono<Page<ModelView>> list(@PathVariable String projectId, @RequestParam(required = false) Integer pageSize,
                             @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = query(projectId, pageSize, pageToken, context);
    return projects.find(projectId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(ModelPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String projectId,
                                     @RequestParam(required = false) Integer pageSize, RequestContext context) {
    var query = query(projectId, pageSize, null, context);
    return projects.find(projectId, context).thenMany(live.stream(query, ModelPage.class, ModelPage::items,
        ModelView.class, m -> m.id() + ":" + m.version()));
  }

  private static ListModelsQuery query(String projectId, Integer pageSize, String pageToken, RequestContext context) {
    return new ListModelsQuery(ProjectId.parse(projectId).value(), context.actor(), PageRequests.pageSize(pageSize),
        pageToken);
  }
}

package io.kiln.web.api.build;

import static io.kiln.domain.readmodel.ReadModels.BUILDS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildPage;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.CancelBuildCommand;
import io.kiln.domain.build.FindBuildQuery;
import io.kiln.domain.build.ListBuildsQuery;
import io.kiln.domain.build.ReportBuildFailedCommand;
import io.kiln.domain.build.ReportBuildPushingCommand;
import io.kiln.domain.build.ReportBuildRunningCommand;
import io.kiln.domain.build.ReportBuildSucceededCommand;
import io.kiln.domain.build.RequestBuildCommand;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import java.util.Locale;
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

/** A project's builds: request, watch (also live), cancel; the cluster's reports. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/builds", produces = MediaType.APPLICATION_JSON_VALUE)
class BuildController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleProjects projects;

  BuildController(Cqrs cqrs, LiveCollections live, VisibleProjects projects) {
    this.cqrs = cqrs;
    this.live = live;
    this.projects = projects;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<BuildView>> request(@PathVariable String projectId, @RequestBody BuildRequest body,
                                          RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    BuildKind kind = WireNames.require(BuildKind.class, "kind", Required.field("kind", body.kind()),
        BuildKind.RUNTIME, BuildKind.APPLICATION);
    BuildId id = BuildId.newId();
    return send(project, id, new RequestBuildCommand(id, project.value(), kind, body.name(), source(body.source()),
        body.baseRuntimeId(), recipe(body.recipe()), null), context);
  }

  @GetMapping
  Mono<Page<BuildView>> list(@PathVariable String projectId, @RequestParam(required = false) Integer pageSize,
                             @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = new ListBuildsQuery(ProjectId.parse(projectId).value(), null, context.actor(),
        PageRequests.pageSize(pageSize), pageToken);
    return projects.find(projectId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(BuildPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String projectId,
                                     @RequestParam(required = false) Integer pageSize, RequestContext context) {
    var query = new ListBuildsQuery(ProjectId.parse(projectId).value(), null, context.actor(),
        PageRequests.pageSize(pageSize), null);
    return projects.find(projectId, context).thenMany(live.stream(query, BuildPage.class, BuildPage::items,
        BuildView.class, b -> b.id() + ":" + b.version() + ":" + b.position()));
  }

  @GetMapping("/{buildId}")
  Mono<BuildView> get(@PathVariable String projectId, @PathVariable String buildId, RequestContext context) {
    return find(ProjectId.parse(projectId), BuildId.parse(buildId), context);
  }

  @PostMapping("/{buildId}:cancel")
  Mono<BuildView> cancel(@PathVariable String projectId, @PathVariable String buildId, RequestContext context) {
    return change(projectId, buildId, new CancelBuildCommand(BuildId.parse(buildId)), context);
  }

  @PostMapping(path = "/{buildId}:report", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<BuildView> report(@PathVariable String projectId, @PathVariable String buildId,
                         @RequestBody BuildReport body, RequestContext context) {
    BuildId id = BuildId.parse(buildId);
    Object command = switch (Required.field("state", body.state()).toLowerCase(Locale.ROOT)) {
      case "running" -> new ReportBuildRunningCommand(id);
      case "pushing" -> new ReportBuildPushingCommand(id);
      case "succeeded" -> new ReportBuildSucceededCommand(id, body.image(), body.digest());
      case "failed" -> new ReportBuildFailedCommand(id, body.reason(), body.logTail(), false);
      case "timedout" -> new ReportBuildFailedCommand(id, body.reason(), body.logTail(), true);
      default -> throw KilnException.invalid("state", "must be one of running, pushing, succeeded, failed, timedout");
    };
    return change(projectId, buildId, command, context);
  }

  Mono<ResponseEntity<BuildView>> send(ProjectId project, BuildId id, RequestBuildCommand command,
                                       RequestContext context) {
    URI location = URI.create("/api/v1/projects/" + project.value() + "/builds/" + id.value());
    return cqrs.sendAndAwait(command, context, BUILDS, id.value())
        .flatMap(visible -> visible
            ? find(project, id, context).map(b -> ResponseEntity.created(location).body(b))
            : Mono.just(ResponseEntity.accepted().location(location).build()));
  }

  private Mono<BuildView> change(String projectId, String buildId, Object command, RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    BuildId id = BuildId.parse(buildId);
    return find(project, id, context)
        .then(cqrs.sendAndAwait(command, context, BUILDS, id.value()))
        .then(find(project, id, context));
  }

  private Mono<BuildView> find(ProjectId project, BuildId id, RequestContext context) {
    return cqrs.query(new FindBuildQuery(id.value(), context.actor()), ResponseTypes.optionalInstanceOf(BuildView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(b -> b.projectId().equals(project.value()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.BUILD_NOT_FOUND, "Build not found")));
  }

  static BuildSource source(BuildRequest.Source source) {
    Required.field("source", source);
    SourceKind kind = WireNames.require(SourceKind.class, "source.kind", Required.field("source.kind", source.kind()));
    return new BuildSource(kind, source.url(), source.ref(), source.commit());
  }

  static BuildRecipe recipe(BuildRequest.Recipe recipe) {
    return recipe == null ? null : new BuildRecipe(recipe.requirementsFile(), recipe.setupScript());
  }
}

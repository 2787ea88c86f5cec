package io.kiln.web.api.application;

import static io.kiln.domain.readmodel.ReadModels.APPLICATIONS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ApplicationPage;
import io.kiln.domain.application.ApplicationView;
import io.kiln.domain.application.CreateApplicationCommand;
import io.kiln.domain.application.DeleteApplicationCommand;
import io.kiln.domain.application.FindApplicationQuery;
import io.kiln.domain.application.ListApplicationsQuery;
import io.kiln.domain.application.ReportApplicationFailedCommand;
import io.kiln.domain.application.ReportApplicationRunningCommand;
import io.kiln.domain.application.ReportApplicationStoppedCommand;
import io.kiln.domain.application.RestartApplicationCommand;
import io.kiln.domain.application.StopApplicationCommand;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.api.WorkloadReport;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's applications; the collection is also a live event stream. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/applications", produces = MediaType.APPLICATION_JSON_VALUE)
class ApplicationController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleProjects projects;

  ApplicationController(Cqrs cqrs, LiveCollections live, VisibleProjects projects) {
    this.cqrs = cqrs;
    this.live = live;
    this.projects = projects;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<ApplicationView>> create(@PathVariable String projectId,
                                               @RequestBody CreateApplicationRequest body, RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    ApplicationId id = ApplicationId.newId();
    var command = new CreateApplicationCommand(id, project.value(), body.name(), body.subdomain(), body.script(),
        body.runtimeId(), body.profileId(), body.environment());
    return cqrs.sendAndAwait(command, context, APPLICATIONS, id.value())
        .flatMap(visible -> visible
            ? find(project, id, context).map(a -> ResponseEntity.created(location(project, id)).body(a))
            : Mono.just(ResponseEntity.accepted().location(location(project, id)).build()));
  }

  @GetMapping
  Mono<Page<ApplicationView>> list(@PathVariable String projectId, @RequestParam(required = false) Integer pageSize,
                                   @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = query(projectId, pageSize, pageToken, context);
    return projects.find(projectId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(ApplicationPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String projectId,
                                     @RequestParam(required = false) Integer pageSize, RequestContext context) {
    var query = query(projectId, pageSize, null, context);
    return projects.find(projectId, context).thenMany(live.stream(query, ApplicationPage.class,
        ApplicationPage::items, ApplicationView.class, a -> a.id() + ":" + a.version()));
  }

  @GetMapping("/{applicationId}")
  Mono<ApplicationView> get(@PathVariable String projectId, @PathVariable String applicationId,
                            RequestContext context) {
    return find(ProjectId.parse(projectId), ApplicationId.parse(applicationId), context);
  }

  @PostMapping("/{applicationId}:restart")
  Mono<ApplicationView> restart(@PathVariable String projectId, @PathVariable String applicationId,
                                RequestContext context) {
    return change(projectId, applicationId, new RestartApplicationCommand(ApplicationId.parse(applicationId)),
        context);
  }

  @PostMapping("/{applicationId}:stop")
  Mono<ApplicationView> stop(@PathVariable String projectId, @PathVariable String applicationId,
                             RequestContext context) {
    return change(projectId, applicationId, new StopApplicationCommand(ApplicationId.parse(applicationId)), context);
  }

  @DeleteMapping("/{applicationId}")
  Mono<ResponseEntity<Void>> delete(@PathVariable String projectId, @PathVariable String applicationId,
                                    RequestContext context) {
    ApplicationId id = ApplicationId.parse(applicationId);
    return find(ProjectId.parse(projectId), id, context)
        .then(cqrs.sendAndAwait(new DeleteApplicationCommand(id), context, APPLICATIONS, id.value()))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping(path = "/{applicationId}:report", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ApplicationView> report(@PathVariable String projectId, @PathVariable String applicationId,
                               @RequestBody WorkloadReport body, RequestContext context) {
    ApplicationId id = ApplicationId.parse(applicationId);
    Object command = switch (Required.field("state", body.state()).toLowerCase(Locale.ROOT)) {
      case "running" -> new ReportApplicationRunningCommand(id, body.url(), body.generation());
      case "stopped" -> new ReportApplicationStoppedCommand(id, body.generation());
      case "failed" -> new ReportApplicationFailedCommand(id, body.reason(), body.generation());
      default -> throw KilnException.invalid("state", "must be one of running, stopped, failed");
    };
    return change(projectId, applicationId, command, context);
  }

  private Mono<ApplicationView> change(String projectId, String applicationId, Object command,
                                       RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    ApplicationId id = ApplicationId.parse(applicationId);
    return find(project, id, context)
        .then(cqrs.sendAndAwait(command, context, APPLICATIONS, id.value()))
        .then(find(project, id, context));
  }

  private Mono<ApplicationView> find(ProjectId project, ApplicationId id, RequestContext context) {
    return cqrs.query(new FindApplicationQuery(id.value(), context.actor()),
            ResponseTypes.optionalInstanceOf(ApplicationView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(a -> a.projectId().equals(project.value()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.APPLICATION_NOT_FOUND,
            "Application not found")));
  }

  private static ListApplicationsQuery query(String projectId, Integer pageSize, String pageToken,
                                             RequestContext context) {
    return new ListApplicationsQuery(ProjectId.parse(projectId).value(), context.actor(),
        PageRequests.pageSize(pageSize), pageToken);
  }

  private static URI location(ProjectId project, ApplicationId id) {
    return URI.create("/api/v1/projects/" + project.value() + "/applications/" + id.value());
  }
}

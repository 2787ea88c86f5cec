package io.kiln.web.api.session;

import static io.kiln.domain.readmodel.ReadModels.SESSIONS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.session.FindSessionQuery;
import io.kiln.domain.session.ListSessionsQuery;
import io.kiln.domain.session.RecordSessionActivityCommand;
import io.kiln.domain.session.ReportSessionFailedCommand;
import io.kiln.domain.session.ReportSessionRunningCommand;
import io.kiln.domain.session.ReportSessionStartingCommand;
import io.kiln.domain.session.ReportSessionStoppedCommand;
import io.kiln.domain.session.SessionId;
import io.kiln.domain.session.SessionPage;
import io.kiln.domain.session.SessionView;
import io.kiln.domain.session.StartSessionCommand;
import io.kiln.domain.session.StopSessionCommand;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's interactive sessions; the collection is also a live event stream. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
class SessionController {
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleProjects projects;

  SessionController(Cqrs cqrs, LiveCollections live, VisibleProjects projects) {
    this.cqrs = cqrs;
    this.live = live;
    this.projects = projects;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<SessionView>> start(@PathVariable String projectId, @RequestBody StartSessionRequest body,
                                          RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    SessionId id = SessionId.newId();
    var command = new StartSessionCommand(id, project.value(), body.runtimeId(), body.profileId(), body.name(),
        body.idleTimeoutMinutes());
    return cqrs.sendAndAwait(command, context, SESSIONS, id.value())
        .flatMap(visible -> visible
            ? find(project, id, context).map(s -> ResponseEntity.created(location(project, id)).body(s))
            : Mono.just(ResponseEntity.accepted().location(location(project, id)).build()));
  }

  @GetMapping
  Mono<Page<SessionView>> list(@PathVariable String projectId, @RequestParam(required = false) Integer pageSize,
                               @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = query(projectId, pageSize, pageToken, context);
    return projects.find(projectId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(SessionPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String projectId,
                                     @RequestParam(required = false) Integer pageSize, RequestContext context) {
    var query = query(projectId, pageSize, null, context);
    return projects.find(projectId, context).thenMany(live.stream(query, SessionPage.class, SessionPage::items,
        SessionView.class, s -> s.id() + ":" + s.version()));
  }

  @GetMapping("/{sessionId}")
  Mono<SessionView> get(@PathVariable String projectId, @PathVariable String sessionId, RequestContext context) {
    return find(ProjectId.parse(projectId), SessionId.parse(sessionId), context);
  }

  @PostMapping("/{sessionId}:stop")
  Mono<SessionView> stop(@PathVariable String projectId, @PathVariable String sessionId, RequestContext context) {
    return change(projectId, sessionId, new StopSessionCommand(SessionId.parse(sessionId)), context);
  }

  @PostMapping(path = "/{sessionId}:report", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<SessionView> report(@PathVariable String projectId, @PathVariable String sessionId,
                           @RequestBody WorkloadReport body, RequestContext context) {
    SessionId id = SessionId.parse(sessionId);
    Object command = switch (Required.field("state", body.state()).toLowerCase(Locale.ROOT)) {
      case "starting" -> new ReportSessionStartingCommand(id);
      case "running" -> new ReportSessionRunningCommand(id, body.url());
      case "stopped" -> new ReportSessionStoppedCommand(id);
      case "failed" -> new ReportSessionFailedCommand(id, body.reason());
      default -> throw KilnException.invalid("state", "must be one of starting, running, stopped, failed");
    };
    return change(projectId, sessionId, command, context);
  }

  @PostMapping("/{sessionId}:activity")
  Mono<SessionView> activity(@PathVariable String projectId, @PathVariable String sessionId,
                             @RequestBody(required = false) WorkloadReport body, RequestContext context) {
    var command = new RecordSessionActivityCommand(SessionId.parse(sessionId), body == null ? null : body.at());
    return change(projectId, sessionId, command, context);
  }

  private Mono<SessionView> change(String projectId, String sessionId, Object command, RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    SessionId id = SessionId.parse(sessionId);
    return find(project, id, context)
        .then(cqrs.sendAndAwait(command, context, SESSIONS, id.value()))
        .then(find(project, id, context));
  }

  private Mono<SessionView> find(ProjectId project, SessionId id, RequestContext context) {
    return cqrs.query(new FindSessionQuery(id.value(), context.actor()),
            ResponseTypes.optionalInstanceOf(SessionView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(s -> s.projectId().equals(project.value()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.SESSION_NOT_FOUND, "Session not found")));
  }

  private static ListSessionsQuery query(String projectId, Integer pageSize, String pageToken,
                                         RequestContext context) {
    return new ListSessionsQuery(ProjectId.parse(projectId).value(), context.actor(), PageRequests.pageSize(pageSize),
        pageToken);
  }

  private static URI location(ProjectId project, SessionId id) {
    return URI.create("/api/v1/projects/" + project.value() + "/sessions/" + id.value());
  }
}

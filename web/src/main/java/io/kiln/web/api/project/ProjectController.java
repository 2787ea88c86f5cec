package io.kiln.web.api.project;

import static io.kiln.domain.readmodel.ReadModels.PROJECTS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.project.ArchiveProjectCommand;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.FindProjectQuery;
import io.kiln.domain.project.GitSource;
import io.kiln.domain.project.ListProjectsQuery;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.ProjectPage;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.ProjectView;
import io.kiln.domain.project.RemoveCollaboratorCommand;
import io.kiln.domain.project.SetCollaboratorRoleCommand;
import io.kiln.domain.project.UpdateProjectDetailsCommand;
import io.kiln.domain.project.Visibility;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.user.UserId;
import io.kiln.web.api.ETags;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/projects", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectController {
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private static final String MERGE_PATCH = "application/merge-patch+json";
  private final Cqrs cqrs;

  ProjectController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @PostMapping(consumes = JSON)
  Mono<ResponseEntity<ProjectResponse>> create(@RequestBody CreateProjectRequest body, RequestContext context) {
    ProjectId id = ProjectId.newId();
    GitSource git = body.git() == null ? null : new GitSource(body.git().url(), body.git().ref());
    var command = new CreateProjectCommand(id, body.name(), body.description(), visibility(body.visibility()), git);
    return cqrs.sendAndAwait(command, context, PROJECTS, id.value(), git == null ? 0 : 1)
        .flatMap(visible -> visible
            ? find(id, context).map(p -> ResponseEntity.created(location(id)).eTag(ETags.of(p.version())).body(p))
            : Mono.just(ResponseEntity.accepted().location(location(id)).build()));
  }

  @GetMapping
  Mono<Page<ProjectResponse>> list(@RequestParam(required = false) Integer pageSize,
                                   @RequestParam(required = false) String pageToken,
                                   @RequestParam(required = false) String search,
                                   RequestContext context) {
    var query = new ListProjectsQuery(context.actor(), PageRequests.search(search), PageRequests.pageSize(pageSize),
        pageToken);
    return cqrs.query(query, ResponseTypes.instanceOf(ProjectPage.class))
        .map(page -> new Page<>(page.items().stream().map(ProjectResponse::of).toList(), page.nextPageToken()));
  }

  @GetMapping("/{id}")
  Mono<ResponseEntity<ProjectResponse>> get(@PathVariable String id, RequestContext context) {
    return find(ProjectId.parse(id), context).map(ProjectController::ok);
  }

  @PatchMapping(path = "/{id}", consumes = {JSON, MERGE_PATCH})
  Mono<ResponseEntity<ProjectResponse>> update(@PathVariable String id, @RequestBody UpdateProjectRequest body,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch, RequestContext context) {
    ProjectId projectId = ProjectId.parse(id);
    var command = new UpdateProjectDetailsCommand(projectId, body.name(), body.description(),
        visibility(body.visibility()), ETags.expectedVersion(ifMatch));
    return changed(projectId, command, context);
  }

  @PutMapping(path = "/{id}/collaborators/{userId}", consumes = JSON)
  Mono<ResponseEntity<ProjectResponse>> putCollaborator(@PathVariable String id, @PathVariable String userId,
                                                        @RequestBody CollaboratorRequest body,
                                                        RequestContext context) {
    ProjectId projectId = ProjectId.parse(id);
    ProjectRole role = WireNames.require(ProjectRole.class, "role", body.role(), ProjectRole.grantable());
    return changed(projectId, new SetCollaboratorRoleCommand(projectId, UserId.parse(userId).value(), role), context);
  }

  @DeleteMapping("/{id}/collaborators/{userId}")
  Mono<ResponseEntity<ProjectResponse>> removeCollaborator(@PathVariable String id, @PathVariable String userId,
                                                           RequestContext context) {
    ProjectId projectId = ProjectId.parse(id);
    return cqrs.sendAndAwait(new RemoveCollaboratorCommand(projectId, UserId.parse(userId).value()), context,
        PROJECTS, projectId.value()).thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping("/{id}:archive")
  Mono<ResponseEntity<ProjectResponse>> archive(@PathVariable String id, RequestContext context) {
    ProjectId projectId = ProjectId.parse(id);
    return changed(projectId, new ArchiveProjectCommand(projectId), context);
  }

  private Mono<ResponseEntity<ProjectResponse>> changed(ProjectId id, Object command, RequestContext context) {
    return cqrs.sendAndAwait(command, context, PROJECTS, id.value())
        .flatMap(visible -> visible
            ? find(id, context).map(ProjectController::ok)
                .onErrorResume(KilnException.class, e -> Mono.just(ResponseEntity.noContent().build()))
            : Mono.just(ResponseEntity.accepted().location(location(id)).build()));
  }

  private Mono<ProjectResponse> find(ProjectId id, RequestContext context) {
    return cqrs.query(new FindProjectQuery(id.value(), context.actor()),
            ResponseTypes.optionalInstanceOf(ProjectView.class))
        .flatMap(Mono::justOrEmpty)
        .map(ProjectResponse::of)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.PROJECT_NOT_FOUND, "Project not found")));
  }

  private static ResponseEntity<ProjectResponse> ok(ProjectResponse project) {
    return ResponseEntity.ok().eTag(ETags.of(project.version())).body(project);
  }

  private static Visibility visibility(String wire) {
    return wire == null ? null : WireNames.require(Visibility.class, "visibility", wire);
  }

  private static URI location(ProjectId id) {
    return URI.create("/api/v1/projects/" + id.value());
  }
}

package io.kiln.web.api.job;

import static io.kiln.domain.readmodel.ReadModels.JOBS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.DeleteJobCommand;
import io.kiln.domain.job.FindJobQuery;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobPage;
import io.kiln.domain.job.JobView;
import io.kiln.domain.job.ListJobsQuery;
import io.kiln.domain.job.PauseJobCommand;
import io.kiln.domain.job.ResumeJobCommand;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.ETags;
import io.kiln.web.api.Page;
import io.kiln.web.api.VisibleProjects;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's jobs; the collection is also a live event stream. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
class JobController {
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private static final String MERGE_PATCH = "application/merge-patch+json";
  private final Cqrs cqrs;
  private final LiveCollections live;
  private final VisibleProjects projects;

  JobController(Cqrs cqrs, LiveCollections live, VisibleProjects projects) {
    this.cqrs = cqrs;
    this.live = live;
    this.projects = projects;
  }

  @PostMapping(consumes = JSON)
  Mono<ResponseEntity<JobView>> create(@PathVariable String projectId, @RequestBody JobRequest body,
                                       RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    JobId id = JobId.newId();
    return cqrs.sendAndAwait(JobRequests.create(id, project.value(), body), context, JOBS, id.value())
        .flatMap(visible -> visible
            ? find(project, id, context).map(job -> ResponseEntity.created(location(project, id))
                .eTag(ETags.of(job.version())).body(job))
            : Mono.just(ResponseEntity.accepted().location(location(project, id)).build()));
  }

  @GetMapping
  Mono<Page<JobView>> list(@PathVariable String projectId, @RequestParam(required = false) Integer pageSize,
                           @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = query(projectId, pageSize, pageToken, context);
    return projects.find(projectId, context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(JobPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String projectId,
                                     @RequestParam(required = false) Integer pageSize, RequestContext context) {
    var query = query(projectId, pageSize, null, context);
    return projects.find(projectId, context).thenMany(live.stream(query, JobPage.class, JobPage::items,
        JobView.class, job -> job.id() + ":" + job.version()));
  }

  @GetMapping("/{jobId}")
  Mono<ResponseEntity<JobView>> get(@PathVariable String projectId, @PathVariable String jobId,
                                    RequestContext context) {
    return find(ProjectId.parse(projectId), JobId.parse(jobId), context).map(JobController::ok);
  }

  @PatchMapping(path = "/{jobId}", consumes = {JSON, MERGE_PATCH})
  Mono<ResponseEntity<JobView>> update(@PathVariable String projectId, @PathVariable String jobId,
                                       @RequestBody JobRequest body,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       RequestContext context) {
    JobId id = JobId.parse(jobId);
    return change(projectId, id, JobRequests.update(id, body, ETags.expectedVersion(ifMatch)), context);
  }

  @DeleteMapping("/{jobId}")
  Mono<ResponseEntity<Void>> delete(@PathVariable String projectId, @PathVariable String jobId,
                                    @RequestParam(defaultValue = "false") boolean force, RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    JobId id = JobId.parse(jobId);
    return find(project, id, context)
        .then(cqrs.sendAndAwait(new DeleteJobCommand(id, force), context, JOBS, id.value()))
        .thenReturn(ResponseEntity.noContent().build());
  }

  @PostMapping("/{jobId}:pause")
  Mono<ResponseEntity<JobView>> pause(@PathVariable String projectId, @PathVariable String jobId,
                                      RequestContext context) {
    JobId id = JobId.parse(jobId);
    return change(projectId, id, new PauseJobCommand(id), context);
  }

  @PostMapping("/{jobId}:resume")
  Mono<ResponseEntity<JobView>> resume(@PathVariable String projectId, @PathVariable String jobId,
                                       RequestContext context) {
    JobId id = JobId.parse(jobId);
    return change(projectId, id, new ResumeJobCommand(id), context);
  }

  private Mono<ResponseEntity<JobView>> change(String projectId, JobId id, Object command, RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    return find(project, id, context)
        .then(cqrs.sendAndAwait(command, context, JOBS, id.value()))
        .then(find(project, id, context))
        .map(JobController::ok);
  }

  /** The job, if it exists in this project and the caller may see it. */
  Mono<JobView> find(ProjectId project, JobId id, RequestContext context) {
    return cqrs.query(new FindJobQuery(id.value(), context.actor()), ResponseTypes.optionalInstanceOf(JobView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(job -> job.projectId().equals(project.value()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.JOB_NOT_FOUND, "Job not found")));
  }

  private static ResponseEntity<JobView> ok(JobView job) {
    return ResponseEntity.ok().eTag(ETags.of(job.version())).body(job);
  }

  private static ListJobsQuery query(String projectId, Integer pageSize, String pageToken, RequestContext context) {
    return new ListJobsQuery(ProjectId.parse(projectId).value(), context.actor(), PageRequests.pageSize(pageSize),
        pageToken);
  }

  private static URI location(ProjectId project, JobId id) {
    return URI.create("/api/v1/projects/" + project.value() + "/jobs/" + id.value());
  }
}

package io.kiln.web.api.job;

import static io.kiln.domain.readmodel.ReadModels.JOB_RUNS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.job.FindJobQuery;
import io.kiln.domain.job.FindJobRunQuery;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.JobRunPage;
import io.kiln.domain.job.JobRunView;
import io.kiln.domain.job.JobView;
import io.kiln.domain.job.ListJobRunsQuery;
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.domain.job.ReportJobRunRunningCommand;
import io.kiln.domain.job.ReportJobRunStartingCommand;
import io.kiln.domain.job.ReportJobRunStoppedCommand;
import io.kiln.domain.job.ReportJobRunSucceededCommand;
import io.kiln.domain.job.RunJobCommand;
import io.kiln.domain.job.StopJobRunCommand;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.Page;
import io.kiln.web.api.Required;
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

/** A job's runs: run now, the collection (also a live event stream), stop, and what the cluster reports. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
class JobRunController {
  private final Cqrs cqrs;
  private final LiveCollections live;

  JobRunController(Cqrs cqrs, LiveCollections live) {
    this.cqrs = cqrs;
    this.live = live;
  }

  @PostMapping("/{jobId}:run")
  Mono<ResponseEntity<JobRunView>> run(@PathVariable String projectId, @PathVariable String jobId,
                                       RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    JobId job = JobId.parse(jobId);
    JobRunId id = JobRunId.newId();
    return job(project, job, context)
        .then(cqrs.sendAndAwait(new RunJobCommand(job, id), context, JOB_RUNS, id.value()))
        .flatMap(visible -> visible
            ? find(project, job, id, context).map(run -> ResponseEntity.created(location(project, job, id)).body(run))
            : Mono.just(ResponseEntity.accepted().location(location(project, job, id)).build()));
  }

  @GetMapping("/{jobId}/runs")
  Mono<Page<JobRunView>> list(@PathVariable String projectId, @PathVariable String jobId,
                              @RequestParam(required = false) Integer pageSize,
                              @RequestParam(required = false) String pageToken, RequestContext context) {
    var query = query(jobId, pageSize, pageToken, context);
    return job(ProjectId.parse(projectId), JobId.parse(jobId), context)
        .then(cqrs.query(query, ResponseTypes.instanceOf(JobRunPage.class)))
        .map(page -> new Page<>(page.items(), page.nextPageToken()));
  }

  @GetMapping(path = "/{jobId}/runs", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> live(@PathVariable String projectId, @PathVariable String jobId,
                                     @RequestParam(required = false) Integer pageSize, RequestContext context) {
    var query = query(jobId, pageSize, null, context);
    return job(ProjectId.parse(projectId), JobId.parse(jobId), context).thenMany(live.stream(query,
        JobRunPage.class, JobRunPage::items, JobRunView.class, run -> run.id() + ":" + run.version()));
  }

  @GetMapping("/{jobId}/runs/{runId}")
  Mono<JobRunView> get(@PathVariable String projectId, @PathVariable String jobId, @PathVariable String runId,
                       RequestContext context) {
    return find(ProjectId.parse(projectId), JobId.parse(jobId), JobRunId.parse(runId), context);
  }

  @PostMapping("/{jobId}/runs/{runId}:stop")
  Mono<JobRunView> stop(@PathVariable String projectId, @PathVariable String jobId, @PathVariable String runId,
                        RequestContext context) {
    return change(projectId, jobId, runId, new StopJobRunCommand(JobRunId.parse(runId)), context);
  }

  @PostMapping(path = "/{jobId}/runs/{runId}:report", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<JobRunView> report(@PathVariable String projectId, @PathVariable String jobId, @PathVariable String runId,
                          @RequestBody JobRunReport body, RequestContext context) {
    JobRunId id = JobRunId.parse(runId);
    Object command = switch (Required.field("state", body.state()).toLowerCase(Locale.ROOT)) {
      case "starting" -> new ReportJobRunStartingCommand(id, body.attempt());
      case "running" -> new ReportJobRunRunningCommand(id, body.attempt());
      case "succeeded" -> new ReportJobRunSucceededCommand(id, body.attempt());
      case "failed" -> new ReportJobRunFailedCommand(id, body.attempt(), body.exitCode(), body.reason());
      case "stopped" -> new ReportJobRunStoppedCommand(id, body.attempt());
      default -> throw KilnException.invalid("state", "must be one of starting, running, succeeded, failed, stopped");
    };
    return change(projectId, jobId, runId, command, context);
  }

  private Mono<JobRunView> change(String projectId, String jobId, String runId, Object command,
                                  RequestContext context) {
    ProjectId project = ProjectId.parse(projectId);
    JobId job = JobId.parse(jobId);
    JobRunId id = JobRunId.parse(runId);
    return find(project, job, id, context)
        .then(cqrs.sendAndAwait(command, context, JOB_RUNS, id.value()))
        .then(find(project, job, id, context));
  }

  private Mono<JobView> job(ProjectId project, JobId id, RequestContext context) {
    return cqrs.query(new FindJobQuery(id.value(), context.actor()), ResponseTypes.optionalInstanceOf(JobView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(job -> job.projectId().equals(project.value()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.JOB_NOT_FOUND, "Job not found")));
  }

  private Mono<JobRunView> find(ProjectId project, JobId job, JobRunId id, RequestContext context) {
    return cqrs.query(new FindJobRunQuery(id.value(), context.actor()),
            ResponseTypes.optionalInstanceOf(JobRunView.class))
        .flatMap(Mono::justOrEmpty)
        .filter(run -> run.projectId().equals(project.value()) && run.jobId().equals(job.value()))
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.JOB_RUN_NOT_FOUND, "Job run not found")));
  }

  private static ListJobRunsQuery query(String jobId, Integer pageSize, String pageToken, RequestContext context) {
    return new ListJobRunsQuery(JobId.parse(jobId).value(), context.actor(), PageRequests.pageSize(pageSize),
        pageToken);
  }

  private static URI location(ProjectId project, JobId job, JobRunId id) {
    return URI.create("/api/v1/projects/" + project.value() + "/jobs/" + job.value() + "/runs/" + id.value());
  }
}

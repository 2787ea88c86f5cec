package io.kiln.web.api.logs;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ApplicationView;
import io.kiln.domain.application.FindApplicationQuery;
import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.FindBuildQuery;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.FindDeploymentQuery;
import io.kiln.domain.job.FindJobRunQuery;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.JobRunView;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.session.FindSessionQuery;
import io.kiln.domain.session.SessionId;
import io.kiln.domain.session.SessionView;
import io.kiln.infra.workload.LogTarget;
import io.kiln.infra.workload.LogTarget.Kind;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code .../log} of sessions, job-run attempts, builds, deployment replicas and applications: whoever may read the
 * resource may read its log. {@code Accept: text/event-stream} follows it live; plain text is the kept log.
 */
@RestController
class LogController {
  private final Cqrs cqrs;
  private final WorkloadLogs logs;

  LogController(Cqrs cqrs, WorkloadLogs logs) {
    this.cqrs = cqrs;
    this.logs = logs;
  }

  @GetMapping("/api/v1/projects/{projectId}/sessions/{sessionId}/log")
  Mono<ResponseEntity<?>> session(@PathVariable String projectId, @PathVariable String sessionId,
                                  @RequestHeader HttpHeaders headers, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    var target = find(new FindSessionQuery(SessionId.parse(sessionId).value(), context.actor()), SessionView.class,
        s -> s.projectId().equals(project), ErrorCode.SESSION_NOT_FOUND)
        .map(s -> LogTarget.of(Kind.SESSION, s.id()));
    return logs.answer(target, WorkloadLogs.wantsStream(headers.getAccept()));
  }

  @GetMapping("/api/v1/projects/{projectId}/jobs/{jobId}/runs/{runId}/log")
  Mono<ResponseEntity<?>> jobRun(@PathVariable String projectId, @PathVariable String jobId,
                                 @PathVariable String runId, @RequestParam(required = false) Integer attempt,
                                 @RequestHeader HttpHeaders headers, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    String job = JobId.parse(jobId).value();
    if (attempt != null && attempt < 1) {
      throw KilnException.invalid("attempt", "must be 1 or more");
    }
    var target = find(new FindJobRunQuery(JobRunId.parse(runId).value(), context.actor()), JobRunView.class,
        r -> r.projectId().equals(project) && r.jobId().equals(job), ErrorCode.JOB_RUN_NOT_FOUND)
        .map(r -> LogTarget.jobRun(r.id(), attempt == null ? Math.max(1, r.attempt()) : attempt));
    return logs.answer(target, WorkloadLogs.wantsStream(headers.getAccept()));
  }

  @GetMapping("/api/v1/projects/{projectId}/builds/{buildId}/log")
  Mono<ResponseEntity<?>> build(@PathVariable String projectId, @PathVariable String buildId,
                                @RequestHeader HttpHeaders headers, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    var target = find(new FindBuildQuery(BuildId.parse(buildId).value(), context.actor()), BuildView.class,
        b -> b.projectId().equals(project), ErrorCode.BUILD_NOT_FOUND)
        .map(b -> LogTarget.of(Kind.BUILD, b.id()));
    return logs.answer(target, WorkloadLogs.wantsStream(headers.getAccept()));
  }

  @GetMapping("/api/v1/models/{modelId}/deployments/{deploymentId}/log")
  Mono<ResponseEntity<?>> deployment(@PathVariable String modelId, @PathVariable String deploymentId,
                                     @RequestParam(required = false) Integer replica,
                                     @RequestHeader HttpHeaders headers, RequestContext context) {
    String model = ModelId.parse(modelId).value();
    var target = find(new FindDeploymentQuery(DeploymentId.parse(deploymentId).value(), context.actor()),
        DeploymentView.class, d -> d.modelId().equals(model), ErrorCode.DEPLOYMENT_NOT_FOUND)
        .map(d -> new LogTarget(Kind.MODEL_DEPLOYMENT, d.id(), null, replica(replica)));
    return logs.answer(target, WorkloadLogs.wantsStream(headers.getAccept()));
  }

  @GetMapping("/api/v1/projects/{projectId}/applications/{applicationId}/log")
  Mono<ResponseEntity<?>> application(@PathVariable String projectId, @PathVariable String applicationId,
                                      @RequestParam(required = false) Integer replica,
                                      @RequestHeader HttpHeaders headers, RequestContext context) {
    String project = ProjectId.parse(projectId).value();
    var target = find(new FindApplicationQuery(ApplicationId.parse(applicationId).value(), context.actor()),
        ApplicationView.class, a -> a.projectId().equals(project), ErrorCode.APPLICATION_NOT_FOUND)
        .map(a -> new LogTarget(Kind.APPLICATION, a.id(), null, replica(replica)));
    return logs.answer(target, WorkloadLogs.wantsStream(headers.getAccept()));
  }

  private static Integer replica(Integer replica) {
    if (replica != null && replica < 0) {
      throw KilnException.invalid("replica", "must be 0 or more");
    }
    return replica;
  }

  private <V> Mono<V> find(Object query, Class<V> type, Predicate<V> belongs, ErrorCode notFound) {
    return cqrs.query(query, ResponseTypes.optionalInstanceOf(type))
        .flatMap(Mono::justOrEmpty)
        .filter(belongs)
        .switchIfEmpty(Mono.error(() -> new KilnException(notFound, notFound.title())));
  }
}

package io.kiln.web.api.logs;

import io.kiln.web.cqrs.RequestContext;
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
  private final LogTargets targets;
  private final WorkloadLogs logs;

  LogController(LogTargets targets, WorkloadLogs logs) {
    this.targets = targets;
    this.logs = logs;
  }

  @GetMapping("/api/v1/projects/{projectId}/sessions/{sessionId}/log")
  Mono<ResponseEntity<?>> session(@PathVariable String projectId, @PathVariable String sessionId,
                                  @RequestHeader HttpHeaders headers, RequestContext context) {
    return answer(targets.session(projectId, sessionId, context), headers);
  }

  @GetMapping("/api/v1/projects/{projectId}/jobs/{jobId}/runs/{runId}/log")
  Mono<ResponseEntity<?>> jobRun(@PathVariable String projectId, @PathVariable String jobId,
                                 @PathVariable String runId, @RequestParam(required = false) Integer attempt,
                                 @RequestHeader HttpHeaders headers, RequestContext context) {
    return answer(targets.jobRun(projectId, jobId, runId, attempt, context), headers);
  }

  @GetMapping("/api/v1/projects/{projectId}/builds/{buildId}/log")
  Mono<ResponseEntity<?>> build(@PathVariable String projectId, @PathVariable String buildId,
                                @RequestHeader HttpHeaders headers, RequestContext context) {
    return answer(targets.build(projectId, buildId, context), headers);
  }

  @GetMapping("/api/v1/models/{modelId}/deployments/{deploymentId}/log")
  Mono<ResponseEntity<?>> deployment(@PathVariable String modelId, @PathVariable String deploymentId,
                                     @RequestParam(required = false) Integer replica,
                                     @RequestHeader HttpHeaders headers, RequestContext context) {
    return answer(targets.deployment(modelId, deploymentId, replica, context), headers);
  }

  @GetMapping("/api/v1/projects/{projectId}/applications/{applicationId}/log")
  Mono<ResponseEntity<?>> application(@PathVariable String projectId, @PathVariable String applicationId,
                                      @RequestParam(required = false) Integer replica,
                                      @RequestHeader HttpHeaders headers, RequestContext context) {
    return answer(targets.application(projectId, applicationId, replica, context), headers);
  }

  private Mono<ResponseEntity<?>> answer(Mono<LogTargets.Named> target, HttpHeaders headers) {
    return logs.answer(target.map(LogTargets.Named::target), WorkloadLogs.wantsStream(headers.getAccept()));
  }
}

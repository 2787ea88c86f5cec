package io.kiln.web.ui;

import io.kiln.web.api.VisibleProjects;
import io.kiln.web.api.logs.LogTargets;
import io.kiln.web.api.logs.LogTargets.Named;
import io.kiln.web.api.logs.WorkloadLogs;
import io.kiln.web.cqrs.RequestContext;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The log of a session, a job run's attempt, a build, a model replica or an application, followed live in the page: the same targets
 * and log sources as the API's {@code .../log}, each line sent as escaped HTML for htmx to append.
 */
@Controller
class LogPages {
  private final VisibleProjects projects;
  private final LogTargets targets;
  private final WorkloadLogs logs;

  LogPages(VisibleProjects projects, LogTargets targets, WorkloadLogs logs) {
    this.projects = projects;
    this.targets = targets;
    this.logs = logs;
  }

  @GetMapping("/projects/{id}/sessions/{sessionId}/log")
  Mono<String> session(@PathVariable String id, @PathVariable String sessionId, RequestContext context,
                       Model model) {
    return page(id, "sessions", "/projects/" + id + "/sessions", "Session",
        "/projects/" + id + "/sessions/" + sessionId + "/log/live",
        targets.session(id, sessionId, context), context, model);
  }

  @GetMapping(path = "/projects/{id}/sessions/{sessionId}/log/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> sessionLive(@PathVariable String id, @PathVariable String sessionId,
                                            RequestContext context) {
    return LogEvents.of(targets.session(id, sessionId, context).flatMapMany(t -> logs.follow(t.target())));
  }

  @GetMapping("/projects/{id}/jobs/{jobId}/runs/{runId}/log")
  Mono<String> jobRun(@PathVariable String id, @PathVariable String jobId, @PathVariable String runId,
                      @RequestParam(required = false) Integer attempt, RequestContext context, Model model) {
    return page(id, "jobs", "/projects/" + id + "/jobs/" + jobId, "Job run",
        "/projects/" + id + "/jobs/" + jobId + "/runs/" + runId + "/log/live"
            + (attempt == null ? "" : "?attempt=" + attempt),
        targets.jobRun(id, jobId, runId, attempt, context), context, model);
  }

  @GetMapping(path = "/projects/{id}/jobs/{jobId}/runs/{runId}/log/live",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> jobRunLive(@PathVariable String id, @PathVariable String jobId,
                                           @PathVariable String runId, @RequestParam(required = false) Integer attempt,
                                           RequestContext context) {
    return LogEvents.of(targets.jobRun(id, jobId, runId, attempt, context).flatMapMany(t -> logs.follow(t.target())));
  }

  @GetMapping("/projects/{id}/builds/{buildId}/log")
  Mono<String> build(@PathVariable String id, @PathVariable String buildId, @RequestParam(required = false) String back,
                     RequestContext context, Model model) {
    String backTo = back != null && back.matches("/models/[0-9a-fA-F-]{36}") ? back : "/projects/" + id + "/models";
    return page(id, "models", backTo, "Build", "/projects/" + id + "/builds/" + buildId + "/log/live",
        targets.build(id, buildId, context), context, model);
  }

  @GetMapping(path = "/projects/{id}/builds/{buildId}/log/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> buildLive(@PathVariable String id, @PathVariable String buildId,
                                          RequestContext context) {
    return LogEvents.of(targets.build(id, buildId, context).flatMapMany(t -> logs.follow(t.target())));
  }

  @GetMapping("/projects/{id}/applications/{applicationId}/log")
  Mono<String> application(@PathVariable String id, @PathVariable String applicationId, RequestContext context,
                           Model model) {
    return page(id, "applications", "/projects/" + id + "/applications", "Application",
        "/projects/" + id + "/applications/" + applicationId + "/log/live",
        targets.application(id, applicationId, null, context), context, model);
  }

  @GetMapping(path = "/projects/{id}/applications/{applicationId}/log/live",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> applicationLive(@PathVariable String id, @PathVariable String applicationId,
                                                RequestContext context) {
    return LogEvents.of(targets.application(id, applicationId, null, context)
        .flatMapMany(t -> logs.follow(t.target())));
  }

  @GetMapping("/projects/{id}/models/{modelId}/deployments/{deploymentId}/log")
  Mono<String> replica(@PathVariable String id, @PathVariable String modelId, @PathVariable String deploymentId,
                       @RequestParam(defaultValue = "0") Integer replica, RequestContext context, Model model) {
    return page(id, "models", "/models/" + modelId, "Model replica",
        "/projects/" + id + "/models/" + modelId + "/deployments/" + deploymentId + "/log/live?replica=" + replica,
        targets.deployment(modelId, deploymentId, replica, context)
            .map(t -> new Named(t.target(), t.name() + ", replica " + replica)), context, model);
  }

  @GetMapping(path = "/projects/{id}/models/{modelId}/deployments/{deploymentId}/log/live",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> replicaLive(@PathVariable String id, @PathVariable String modelId,
                                            @PathVariable String deploymentId,
                                            @RequestParam(defaultValue = "0") Integer replica,
                                            RequestContext context) {
    return LogEvents.of(targets.deployment(modelId, deploymentId, replica, context)
        .flatMapMany(t -> logs.follow(t.target())));
  }

  private Mono<String> page(String projectId, String tab, String back, String what, String live, Mono<Named> target,
                            RequestContext context, Model model) {
    return projects.find(projectId, context).zipWith(target).map(found -> {
      model.addAttribute("project", found.getT1());
      model.addAttribute("tab", tab);
      model.addAttribute("back", back);
      model.addAttribute("what", what);
      model.addAttribute("live", live);
      model.addAttribute("name", found.getT2().name());
      return "log";
    });
  }
}

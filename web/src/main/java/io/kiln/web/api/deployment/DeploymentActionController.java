package io.kiln.web.api.deployment;

import io.kiln.domain.KilnException;
import io.kiln.domain.deployment.ChangeDeploymentVersionCommand;
import io.kiln.domain.deployment.DeploymentId;
import io.kiln.domain.deployment.DeploymentView;
import io.kiln.domain.deployment.PromoteDeploymentCanaryCommand;
import io.kiln.domain.deployment.ReportDeploymentFailedCommand;
import io.kiln.domain.deployment.ReportDeploymentReplicasCommand;
import io.kiln.domain.deployment.ReportDeploymentStoppedCommand;
import io.kiln.domain.deployment.RestartDeploymentCommand;
import io.kiln.domain.deployment.RollBackDeploymentCanaryCommand;
import io.kiln.domain.deployment.ScaleDeploymentCommand;
import io.kiln.domain.deployment.SetDeploymentCanaryCommand;
import io.kiln.domain.deployment.StopDeploymentCommand;
import io.kiln.web.api.Required;
import io.kiln.web.cqrs.RequestContext;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What people do to a deployment (each answers it as it then is), and what the cluster reports of it. */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
class DeploymentActionController {
  private final VisibleDeployments deployments;

  DeploymentActionController(VisibleDeployments deployments) {
    this.deployments = deployments;
  }

  @PostMapping(path = "/{deploymentId}:deploy", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<DeploymentView> deploy(@PathVariable String modelId, @PathVariable String deploymentId,
                              @RequestBody VersionRequest body, RequestContext context) {
    return deployments.change(modelId, deploymentId, new ChangeDeploymentVersionCommand(id(deploymentId),
        Required.field("modelVersion", body.modelVersion())), context);
  }

  @PostMapping(path = "/{deploymentId}:scale", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<DeploymentView> scale(@PathVariable String modelId, @PathVariable String deploymentId,
                             @RequestBody ScaleRequest body, RequestContext context) {
    return deployments.change(modelId, deploymentId, new ScaleDeploymentCommand(id(deploymentId), body.replicas()),
        context);
  }

  @PutMapping(path = "/{deploymentId}/canary", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<DeploymentView> canary(@PathVariable String modelId, @PathVariable String deploymentId,
                              @RequestBody CanaryRequest body, RequestContext context) {
    return deployments.change(modelId, deploymentId, new SetDeploymentCanaryCommand(id(deploymentId),
        body.modelVersion(), body.percent()), context);
  }

  @PostMapping("/{deploymentId}:promote")
  Mono<DeploymentView> promote(@PathVariable String modelId, @PathVariable String deploymentId,
                               RequestContext context) {
    return deployments.change(modelId, deploymentId, new PromoteDeploymentCanaryCommand(id(deploymentId)), context);
  }

  @PostMapping("/{deploymentId}:rollback")
  Mono<DeploymentView> rollback(@PathVariable String modelId, @PathVariable String deploymentId,
                                RequestContext context) {
    return deployments.change(modelId, deploymentId, new RollBackDeploymentCanaryCommand(id(deploymentId)),
        context);
  }

  @PostMapping("/{deploymentId}:stop")
  Mono<DeploymentView> stop(@PathVariable String modelId, @PathVariable String deploymentId, RequestContext context) {
    return deployments.change(modelId, deploymentId, new StopDeploymentCommand(id(deploymentId)), context);
  }

  @PostMapping("/{deploymentId}:restart")
  Mono<DeploymentView> restart(@PathVariable String modelId, @PathVariable String deploymentId,
                               RequestContext context) {
    return deployments.change(modelId, deploymentId, new RestartDeploymentCommand(id(deploymentId)), context);
  }

  @PostMapping(path = "/{deploymentId}:report", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<DeploymentView> report(@PathVariable String modelId, @PathVariable String deploymentId,
                              @RequestBody DeploymentReport body, RequestContext context) {
    DeploymentId id = id(deploymentId);
    String state = Required.field("state", body.state()).toLowerCase(Locale.ROOT);
    return switch (state) {
      case "deploying", "deployed" -> deployments.find(modelId, deploymentId, context).flatMap(current ->
          deployments.change(modelId, deploymentId, new ReportDeploymentReplicasCommand(id, body.generation(),
              body.desiredReplicas(), ready(state, body, current), body.observedAt()), context));
      case "stopped" -> deployments.change(modelId, deploymentId,
          new ReportDeploymentStoppedCommand(id, body.generation()), context);
      case "failed" -> deployments.change(modelId, deploymentId,
          new ReportDeploymentFailedCommand(id, body.reason(), body.generation()), context);
      default -> Mono.error(KilnException.invalid("state", "must be one of deploying, deployed, stopped, failed"));
    };
  }

  /** Ready replicas as reported; a deployment reported deployed without a count has all it asked for ready. */
  private static Integer ready(String state, DeploymentReport body, DeploymentView current) {
    if (body.readyReplicas() != null || state.equals("deploying")) {
      return body.readyReplicas() == null ? 0 : body.readyReplicas();
    }
    return body.desiredReplicas() != null ? body.desiredReplicas() : current.replicas() + current.canaryReplicas();
  }

  private static DeploymentId id(String deploymentId) {
    return DeploymentId.parse(deploymentId);
  }
}

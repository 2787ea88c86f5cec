package io.kiln.k8s.models;

import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentDeployedEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.deployment.DeploymentVersionChangedEvent;
import io.kiln.k8s.KubernetesCompute;
import io.kiln.k8s.desired.DesiredObjects;
import io.kiln.k8s.models.ModelDeploymentSpec.Version;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Wants, per model version a deployment runs, a Deployment and a Service, at the current rollout's replicas. A new
 * rollout adds the versions it asks for beside those that serve now; only once the rollout is deployed are the
 * versions it no longer asks for removed, so the switch has no downtime. A canary is a second version beside the
 * primary one; promotion and rollback are rollouts that drop one of the two.
 */
@Component
@Conditional(KubernetesCompute.class)
@ProcessingGroup(ModelDeploymentDesires.GROUP)
class ModelDeploymentDesires {
  static final String GROUP = "k8s-model-deployments";
  private final DesiredObjects desired;
  private final ModelDeploymentSpecs specs;

  ModelDeploymentDesires(DesiredObjects desired, ModelDeploymentSpecs specs) {
    this.desired = desired;
    this.specs = specs;
  }

  @EventHandler
  void on(DeploymentCreatedEvent e) {
    ModelDeploymentSpec spec = new ModelDeploymentSpec(e.deploymentId(), e.projectId(), e.ownerId(), e.resources(),
        e.environment(), e.secretRefs(), 1, new Version(e.modelVersion(), e.image(), e.replicas()), null, 0,
        Map.of()).rollout(1, new Version(e.modelVersion(), e.image(), e.replicas()), null);
    apply(spec);
  }

  @EventHandler
  void on(DeploymentVersionChangedEvent e) {
    change(e.deploymentId(), s -> s.rollout(e.generation(), new Version(e.modelVersion(), e.image(),
        s.primary().replicas()), s.canary()));
  }

  @EventHandler
  void on(DeploymentScaledEvent e) {
    change(e.deploymentId(), s -> s.rollout(e.generation(), new Version(s.primary().number(), s.primary().image(),
        e.replicas()), s.canary() == null ? null : new Version(s.canary().number(), s.canary().image(),
        e.canaryReplicas())));
  }

  @EventHandler
  void on(DeploymentCanarySetEvent e) {
    change(e.deploymentId(), s -> s.rollout(e.generation(), s.primary(), new Version(e.canaryVersion(),
        e.canaryImage(), e.canaryReplicas())));
  }

  @EventHandler
  void on(DeploymentCanaryPromotedEvent e) {
    change(e.deploymentId(), s -> s.rollout(e.generation(), new Version(e.modelVersion(), e.image(),
        s.primary().replicas()), null));
  }

  @EventHandler
  void on(DeploymentCanaryRolledBackEvent e) {
    change(e.deploymentId(), s -> s.rollout(e.generation(), s.primary(), null));
  }

  @EventHandler
  void on(DeploymentRestartRequestedEvent e) {
    change(e.deploymentId(), s -> s.restarted(e.generation()));
  }

  @EventHandler
  void on(DeploymentDeployedEvent e) {
    specs.find(e.deploymentId()).filter(s -> s.generation() == e.generation()).ifPresent(s -> {
      s.live().keySet().stream().filter(v -> !s.targets(v))
          .forEach(v -> ModelDeploymentManifests.of(s, s.live().get(v)).forEach(desired::unwant));
      specs.save(s.settled());
    });
  }

  @EventHandler
  void on(DeploymentStopRequestedEvent e) {
    stop(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentStoppedEvent e) {
    stop(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentFailedEvent e) {
    stop(e.deploymentId());
  }

  private void change(String deploymentId, UnaryOperator<ModelDeploymentSpec> change) {
    specs.find(deploymentId).map(change).ifPresent(this::apply);
  }

  private void apply(ModelDeploymentSpec spec) {
    if (!spec.secretRefs().isEmpty()) {
      desired.want(owner(spec.deploymentId()), ModelDeploymentManifests.secrets(spec));
    }
    ModelDeploymentManifests.of(spec, spec.primary()).forEach(o -> desired.want(owner(spec.deploymentId()), o));
    if (spec.canary() != null) {
      ModelDeploymentManifests.of(spec, spec.canary()).forEach(o -> desired.want(owner(spec.deploymentId()), o));
    }
    specs.save(spec);
  }

  private void stop(String deploymentId) {
    desired.unwant(owner(deploymentId));
    specs.find(deploymentId).ifPresent(s -> specs.save(s.stopped()));
  }

  static String owner(String deploymentId) {
    return "model-deployment:" + deploymentId;
  }
}

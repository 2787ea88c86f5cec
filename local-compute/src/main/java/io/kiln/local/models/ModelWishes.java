package io.kiln.local.models;

import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.deployment.DeploymentVersionChangedEvent;
import io.kiln.domain.model.ModelCreatedEvent;
import io.kiln.local.LocalCompute;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Keeps what each model deployment should run, and wants its replicas' processes accordingly. */
@Component
@Conditional(LocalCompute.class)
@ProcessingGroup(ModelWishes.GROUP)
class ModelWishes {
  static final String GROUP = "local-models";
  private final LocalDeployments deployments;
  private final ReplicaWishes replicas;

  ModelWishes(LocalDeployments deployments, ReplicaWishes replicas) {
    this.deployments = deployments;
    this.replicas = replicas;
  }

  @EventHandler
  void on(ModelCreatedEvent e) {
    deployments.model(e.modelId(), e.file(), e.function(), e.runtimeId());
  }

  @EventHandler
  void on(DeploymentCreatedEvent e) {
    deployments.created(new LocalDeployment(e.deploymentId(), e.modelId(), e.projectId(), e.ownerId(),
        e.resources() == null ? 0 : e.resources().memoryMiB(), 1, e.modelVersion(), e.image(), e.replicas(), null,
        null, 0, true));
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentVersionChangedEvent e) {
    deployments.change(e.deploymentId(), "model_version = ?, image = ?", e.modelVersion(), e.image());
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentScaledEvent e) {
    deployments.change(e.deploymentId(), "replicas = ?, canary_replicas = ?", e.replicas(), e.canaryReplicas());
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentCanarySetEvent e) {
    deployments.change(e.deploymentId(), "canary_version = ?, canary_image = ?, canary_replicas = ?",
        e.canaryVersion(), e.canaryImage(), e.canaryReplicas());
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentCanaryPromotedEvent e) {
    deployments.change(e.deploymentId(), "model_version = ?, image = ?, canary_version = null, canary_image = null, "
        + "canary_replicas = 0", e.modelVersion(), e.image());
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentCanaryRolledBackEvent e) {
    deployments.change(e.deploymentId(), "canary_version = null, canary_image = null, canary_replicas = 0");
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentRestartRequestedEvent e) {
    deployments.change(e.deploymentId(), "epoch = greatest(epoch, ?), running = true", e.generation());
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentStopRequestedEvent e) {
    deployments.change(e.deploymentId(), "running = false");
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentStoppedEvent e) {
    deployments.change(e.deploymentId(), "running = false");
    replicas.sync(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentFailedEvent e) {
    deployments.change(e.deploymentId(), "running = false");
    replicas.sync(e.deploymentId());
  }
}

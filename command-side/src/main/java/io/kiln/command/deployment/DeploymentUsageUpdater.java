package io.kiln.command.deployment;

import io.kiln.command.LookupTables;
import io.kiln.command.quota.WorkloadUsage;
import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.workload.WorkloadKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A model deployment holds its owner's quota, one resource profile per replica (canary replicas included), from its
 * creation or restart until it is asked to stop or fails.
 */
@Component
@ProcessingGroup(LookupTables.QUOTA_LEDGER)
class DeploymentUsageUpdater {
  private final WorkloadUsage usage;

  DeploymentUsageUpdater(WorkloadUsage usage) {
    this.usage = usage;
  }

  @EventHandler
  void on(DeploymentCreatedEvent e) {
    usage.hold(e.deploymentId(), e.ownerId(), WorkloadKind.MODEL_DEPLOYMENT, e.held());
  }

  @EventHandler
  void on(DeploymentRestartRequestedEvent e) {
    usage.hold(e.deploymentId(), e.ownerId(), WorkloadKind.MODEL_DEPLOYMENT, e.held());
  }

  @EventHandler
  void on(DeploymentScaledEvent e) {
    usage.hold(e.deploymentId(), e.ownerId(), WorkloadKind.MODEL_DEPLOYMENT, e.held());
  }

  @EventHandler
  void on(DeploymentCanarySetEvent e) {
    usage.hold(e.deploymentId(), e.ownerId(), WorkloadKind.MODEL_DEPLOYMENT, e.held());
  }

  @EventHandler
  void on(DeploymentCanaryPromotedEvent e) {
    usage.hold(e.deploymentId(), e.ownerId(), WorkloadKind.MODEL_DEPLOYMENT, e.held());
  }

  @EventHandler
  void on(DeploymentCanaryRolledBackEvent e) {
    usage.hold(e.deploymentId(), e.ownerId(), WorkloadKind.MODEL_DEPLOYMENT, e.held());
  }

  @EventHandler
  void on(DeploymentStopRequestedEvent e) {
    usage.release(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentStoppedEvent e) {
    usage.release(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentFailedEvent e) {
    usage.release(e.deploymentId());
  }
}

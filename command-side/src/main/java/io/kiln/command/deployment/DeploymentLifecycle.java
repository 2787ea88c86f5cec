package io.kiln.command.deployment;

import static io.kiln.command.Permissions.requireReporter;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.kiln.domain.Actor;
import io.kiln.domain.KilnException;
import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentDeployedEvent;
import io.kiln.domain.deployment.DeploymentDeployingEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentReplicasReportedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.DeploymentState;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.deployment.DeploymentVersionChangedEvent;
import io.kiln.domain.deployment.ReportDeploymentFailedCommand;
import io.kiln.domain.deployment.ReportDeploymentReplicasCommand;
import io.kiln.domain.deployment.ReportDeploymentStoppedCommand;
import io.kiln.domain.workload.Resources;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A deployment's state, and the cluster's reports that move it: reports name the rollout (generation) they observed
 * and when; those about an earlier rollout, or older than the last applied one, are stale. A rollout is DEPLOYED
 * once as many replicas are ready as it asks for.
 */
abstract class DeploymentLifecycle {
  @AggregateIdentifier
  String deploymentId;
  String modelId;
  String projectId;
  String ownerId;
  String modelName;
  Resources resources;
  DeploymentState state;
  int generation;
  Rollout target;
  private Integer desiredReplicas;
  private int readyReplicas;
  private Instant lastObservedAt;

  @CommandHandler
  public long handle(ReportDeploymentReplicasCommand command, Actor actor) {
    requireReporter(actor);
    if (command.readyReplicas() == null || command.readyReplicas() < 0) {
      throw KilnException.invalid("readyReplicas", "must be 0 or more");
    }
    if (command.desiredReplicas() != null && command.desiredReplicas() < 0) {
      throw KilnException.invalid("desiredReplicas", "must be 0 or more");
    }
    Instant at = command.observedAt() == null ? GenericEventMessage.clock.instant() : command.observedAt();
    if (!current(command.generation()) || !state.holdsResources()
        || (lastObservedAt != null && !at.isAfter(lastObservedAt))) {
      return getVersion();
    }
    int desired = command.desiredReplicas() == null ? target.total() : command.desiredReplicas();
    if (!Objects.equals(desiredReplicas, desired) || readyReplicas != command.readyReplicas()) {
      apply(new DeploymentReplicasReportedEvent(deploymentId, generation, desired, command.readyReplicas(), at));
    }
    if (state == DeploymentState.PENDING) {
      apply(new DeploymentDeployingEvent(deploymentId, generation));
    }
    if (state == DeploymentState.DEPLOYING && command.readyReplicas() >= target.total()) {
      apply(new DeploymentDeployedEvent(deploymentId, generation, target.modelVersion(), target.canaryVersion(),
          target.canaryPercent()));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportDeploymentStoppedCommand command, Actor actor) {
    requireReporter(actor);
    if (current(command.generation()) && state.isActive()) {
      apply(new DeploymentStoppedEvent(deploymentId));
    }
    return getVersion();
  }

  @CommandHandler
  public long handle(ReportDeploymentFailedCommand command, Actor actor) {
    requireReporter(actor);
    if (current(command.generation()) && state.isActive()) {
      String reason = command.reason() == null || command.reason().isBlank() ? "unknown" : command.reason();
      apply(new DeploymentFailedEvent(deploymentId, reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }
    return getVersion();
  }

  private boolean current(Integer reportedGeneration) {
    return reportedGeneration == null || reportedGeneration == generation;
  }

  @EventSourcingHandler
  void on(DeploymentCreatedEvent event) {
    deploymentId = event.deploymentId();
    modelId = event.modelId();
    projectId = event.projectId();
    ownerId = event.ownerId();
    modelName = event.modelName();
    resources = event.resources();
    state = DeploymentState.PENDING;
    generation = 1;
    target = Rollout.of(event.modelVersion(), event.image(), event.replicas());
  }

  @EventSourcingHandler
  void on(DeploymentVersionChangedEvent event) {
    rollout(event.generation(), target.withVersion(event.modelVersion(), event.image()));
  }

  @EventSourcingHandler
  void on(DeploymentScaledEvent event) {
    rollout(event.generation(), target.withReplicas(event.replicas(), event.canaryReplicas()));
  }

  @EventSourcingHandler
  void on(DeploymentCanarySetEvent event) {
    rollout(event.generation(), new Rollout(target.modelVersion(), target.image(), target.replicas(),
        event.canaryVersion(), event.canaryImage(), event.canaryPercent(), event.canaryReplicas()));
  }

  @EventSourcingHandler
  void on(DeploymentCanaryPromotedEvent event) {
    rollout(event.generation(), Rollout.of(event.modelVersion(), event.image(), target.replicas()));
  }

  @EventSourcingHandler
  void on(DeploymentCanaryRolledBackEvent event) {
    rollout(event.generation(), target.withoutCanary());
  }

  @EventSourcingHandler
  void on(DeploymentRestartRequestedEvent event) {
    if (state.isFinal()) {
      state = DeploymentState.PENDING;
      desiredReplicas = null;
      readyReplicas = 0;
    }
    rollout(event.generation(), target);
  }

  private void rollout(int nextGeneration, Rollout next) {
    generation = nextGeneration;
    target = next;
    state = state.afterRollout();
    lastObservedAt = null;
  }

  @EventSourcingHandler
  void on(DeploymentReplicasReportedEvent event) {
    desiredReplicas = event.desiredReplicas();
    readyReplicas = event.readyReplicas();
    lastObservedAt = event.observedAt();
  }

  @EventSourcingHandler
  void on(DeploymentDeployingEvent event) {
    state = DeploymentState.DEPLOYING;
  }

  @EventSourcingHandler
  void on(DeploymentDeployedEvent event) {
    state = DeploymentState.DEPLOYED;
  }

  @EventSourcingHandler
  void on(DeploymentStopRequestedEvent event) {
    state = DeploymentState.STOPPING;
  }

  @EventSourcingHandler
  void on(DeploymentStoppedEvent event) {
    state = DeploymentState.STOPPED;
    readyReplicas = 0;
  }

  @EventSourcingHandler
  void on(DeploymentFailedEvent event) {
    state = DeploymentState.FAILED;
  }
}

package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.DEPLOYMENT;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import io.kiln.domain.deployment.FindDeploymentQuery;
import io.kiln.domain.deployment.ListDeploymentsQuery;
import io.kiln.domain.readmodel.ReadModels;
import io.kiln.query.deployment.DeploymentViews;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.deployment}: what each rollout asks for, what the cluster reports, and what serves now. */
@Component
@ProcessingGroup(DeploymentProjector.GROUP)
public class DeploymentProjector {
  public static final String GROUP = "deployments-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;
  private final LiveViews live;
  private final DeploymentViews views;

  DeploymentProjector(DSLContext dsl, VersionUpdates updates, LiveViews live) {
    this.dsl = dsl;
    this.updates = updates;
    this.live = live;
    this.views = new DeploymentViews(dsl);
  }

  @EventHandler
  void on(DeploymentCreatedEvent e, @Timestamp Instant at, @SequenceNumber long version)
      throws JsonProcessingException {
    DeploymentRows.insert(dsl, e, at, version);
    changed(e.deploymentId(), version);
  }

  @EventHandler
  void on(DeploymentVersionChangedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    var changes = DeploymentRows.rollout(e.generation());
    changes.put(DEPLOYMENT.MODEL_VERSION, e.modelVersion());
    changes.put(DEPLOYMENT.IMAGE, e.image());
    update(e.deploymentId(), at, version, changes);
  }

  @EventHandler
  void on(DeploymentScaledEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    var changes = DeploymentRows.rollout(e.generation());
    changes.put(DEPLOYMENT.REPLICAS, e.replicas());
    changes.put(DEPLOYMENT.CANARY_REPLICAS, e.canaryReplicas());
    update(e.deploymentId(), at, version, changes);
  }

  @EventHandler
  void on(DeploymentCanarySetEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    var changes = DeploymentRows.rollout(e.generation());
    changes.put(DEPLOYMENT.CANARY_VERSION, e.canaryVersion());
    changes.put(DEPLOYMENT.CANARY_IMAGE, e.canaryImage());
    changes.put(DEPLOYMENT.CANARY_PERCENT, e.canaryPercent());
    changes.put(DEPLOYMENT.CANARY_REPLICAS, e.canaryReplicas());
    update(e.deploymentId(), at, version, changes);
  }

  @EventHandler
  void on(DeploymentCanaryPromotedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    var changes = DeploymentRows.withoutCanary(DeploymentRows.rollout(e.generation()));
    changes.put(DEPLOYMENT.MODEL_VERSION, e.modelVersion());
    changes.put(DEPLOYMENT.IMAGE, e.image());
    update(e.deploymentId(), at, version, changes);
  }

  @EventHandler
  void on(DeploymentCanaryRolledBackEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.deploymentId(), at, version, DeploymentRows.withoutCanary(DeploymentRows.rollout(e.generation())));
  }

  @EventHandler
  void on(DeploymentRestartRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    var ended = DEPLOYMENT.STATE.in(DeploymentState.STOPPED.name(), DeploymentState.FAILED.name());
    var changes = DeploymentRows.rollout(e.generation());
    changes.put(DEPLOYMENT.STATE, DSL.when(ended.or(DEPLOYMENT.STATE.eq(DeploymentState.PENDING.name())),
        DeploymentState.PENDING.name()).otherwise(DeploymentState.DEPLOYING.name()));
    changes.put(DEPLOYMENT.DESIRED_REPLICAS, DSL.when(ended, DSL.castNull(Integer.class))
        .otherwise(DEPLOYMENT.DESIRED_REPLICAS));
    changes.put(DEPLOYMENT.FAILURE_REASON, null);
    update(e.deploymentId(), at, version, changes);
  }

  @EventHandler
  void on(DeploymentReplicasReportedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.deploymentId(), at, version, Map.of(DEPLOYMENT.DESIRED_REPLICAS, e.desiredReplicas(),
        DEPLOYMENT.READY_REPLICAS, e.readyReplicas()));
  }

  @EventHandler
  void on(DeploymentDeployingEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.deploymentId(), at, version, Map.of(DEPLOYMENT.STATE, DeploymentState.DEPLOYING.name()));
  }

  @EventHandler
  void on(DeploymentDeployedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    Map<Field<?>, Object> changes = new HashMap<>();
    changes.put(DEPLOYMENT.STATE, DeploymentState.DEPLOYED.name());
    changes.put(DEPLOYMENT.SERVING_VERSION, e.modelVersion());
    changes.put(DEPLOYMENT.SERVING_CANARY_VERSION, e.canaryVersion());
    changes.put(DEPLOYMENT.SERVING_CANARY_PERCENT, e.canaryVersion() == null ? null : e.canaryPercent());
    update(e.deploymentId(), at, version, changes);
  }

  @EventHandler
  void on(DeploymentStopRequestedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.deploymentId(), at, version, Map.of(DEPLOYMENT.STATE, DeploymentState.STOPPING.name()));
  }

  @EventHandler
  void on(DeploymentStoppedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    update(e.deploymentId(), at, version, DeploymentRows.ended(DeploymentState.STOPPED));
  }

  @EventHandler
  void on(DeploymentFailedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
    var changes = DeploymentRows.ended(DeploymentState.FAILED);
    changes.put(DEPLOYMENT.FAILURE_REASON, e.reason());
    update(e.deploymentId(), at, version, changes);
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.DEPLOYMENTS);
    dsl.deleteFrom(DEPLOYMENT).execute();
  }

  private void update(String deploymentId, Instant at, long version, Map<Field<?>, Object> changes) {
    Rows.update(dsl, DEPLOYMENT, DEPLOYMENT.DEPLOYMENT_ID, deploymentId, DEPLOYMENT.UPDATED_AT, DEPLOYMENT.VERSION,
        at, version, changes);
    changed(deploymentId, version);
  }

  private void changed(String deploymentId, long version) {
    updates.applied(ReadModels.DEPLOYMENTS, deploymentId, version);
    views.byId(deploymentId).ifPresent(view -> {
      live.publish(ListDeploymentsQuery.class, q -> q.modelId().equals(view.modelId()), view);
      live.publish(FindDeploymentQuery.class, q -> q.deploymentId().equals(view.id()), view);
    });
  }
}

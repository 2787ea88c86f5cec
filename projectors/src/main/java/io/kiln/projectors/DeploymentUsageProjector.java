package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.WORKLOAD_USAGE;

import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentCreatedEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.workload.Resources;
import io.kiln.domain.workload.WorkloadKind;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Model deployments' rows of {@code readmodel.workload_usage}, in the usage projection's processing group (whose
 * reset empties the table): by the same rule as the command side's ledger, every replica holds a resource profile.
 */
@Component
@ProcessingGroup(UsageProjector.GROUP)
class DeploymentUsageProjector {
  private final DSLContext dsl;

  DeploymentUsageProjector(DSLContext dsl) {
    this.dsl = dsl;
  }

  @EventHandler
  void on(DeploymentCreatedEvent e) {
    hold(e.deploymentId(), e.ownerId(), e.projectId(), e.modelName(), e.held());
  }

  @EventHandler
  void on(DeploymentRestartRequestedEvent e) {
    hold(e.deploymentId(), e.ownerId(), e.projectId(), e.modelName(), e.held());
  }

  @EventHandler
  void on(DeploymentScaledEvent e) {
    resize(e.deploymentId(), e.held());
  }

  @EventHandler
  void on(DeploymentCanarySetEvent e) {
    resize(e.deploymentId(), e.held());
  }

  @EventHandler
  void on(DeploymentCanaryPromotedEvent e) {
    resize(e.deploymentId(), e.held());
  }

  @EventHandler
  void on(DeploymentCanaryRolledBackEvent e) {
    resize(e.deploymentId(), e.held());
  }

  @EventHandler
  void on(DeploymentStopRequestedEvent e) {
    release(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentStoppedEvent e) {
    release(e.deploymentId());
  }

  @EventHandler
  void on(DeploymentFailedEvent e) {
    release(e.deploymentId());
  }

  private void hold(String id, String ownerId, String projectId, String name, Resources held) {
    dsl.insertInto(WORKLOAD_USAGE)
        .set(WORKLOAD_USAGE.WORKLOAD_ID, UUID.fromString(id))
        .set(WORKLOAD_USAGE.USER_ID, UUID.fromString(ownerId))
        .set(WORKLOAD_USAGE.KIND, WorkloadKind.MODEL_DEPLOYMENT.name())
        .set(WORKLOAD_USAGE.PROJECT_ID, UUID.fromString(projectId))
        .set(WORKLOAD_USAGE.NAME, name)
        .set(WORKLOAD_USAGE.CPU_MILLIS, held.cpuMillis())
        .set(WORKLOAD_USAGE.MEMORY_MIB, held.memoryMiB())
        .set(WORKLOAD_USAGE.GPUS, held.gpus())
        .set(WORKLOAD_USAGE.GPU_TYPE, held.gpuType())
        .onConflict(WORKLOAD_USAGE.WORKLOAD_ID).doUpdate()
        .set(WORKLOAD_USAGE.CPU_MILLIS, held.cpuMillis())
        .set(WORKLOAD_USAGE.MEMORY_MIB, held.memoryMiB())
        .set(WORKLOAD_USAGE.GPUS, held.gpus())
        .execute();
  }

  private void resize(String id, Resources held) {
    dsl.update(WORKLOAD_USAGE)
        .set(WORKLOAD_USAGE.CPU_MILLIS, held.cpuMillis())
        .set(WORKLOAD_USAGE.MEMORY_MIB, held.memoryMiB())
        .set(WORKLOAD_USAGE.GPUS, held.gpus())
        .where(WORKLOAD_USAGE.WORKLOAD_ID.eq(UUID.fromString(id)))
        .execute();
  }

  private void release(String id) {
    dsl.deleteFrom(WORKLOAD_USAGE).where(WORKLOAD_USAGE.WORKLOAD_ID.eq(UUID.fromString(id))).execute();
  }
}

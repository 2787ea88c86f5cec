package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.WORKLOAD_USAGE;

import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.domain.workload.Resources;
import io.kiln.domain.workload.WorkloadKind;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.workload_usage}: the workloads that hold their owners' quota now, by the same rule as the
 * command side's ledger.
 */
@Component
@ProcessingGroup(UsageProjector.GROUP)
public class UsageProjector {
  public static final String GROUP = "usage-projection";
  private final DSLContext dsl;

  UsageProjector(DSLContext dsl) {
    this.dsl = dsl;
  }

  @EventHandler
  void on(SessionStartRequestedEvent e) {
    hold(e.sessionId(), e.ownerId(), WorkloadKind.SESSION, e.projectId(), e.name(), e.resources());
  }

  @EventHandler
  void on(SessionStopRequestedEvent e) {
    release(e.sessionId());
  }

  @EventHandler
  void on(SessionStoppedEvent e) {
    release(e.sessionId());
  }

  @EventHandler
  void on(SessionFailedEvent e) {
    release(e.sessionId());
  }

  @EventHandler
  void on(ApplicationCreatedEvent e) {
    hold(e.applicationId(), e.ownerId(), WorkloadKind.APPLICATION, e.projectId(), e.name(), e.resources());
  }

  @EventHandler
  void on(ApplicationRestartRequestedEvent e) {
    hold(e.applicationId(), e.ownerId(), WorkloadKind.APPLICATION, e.projectId(), e.name(), e.resources());
  }

  @EventHandler
  void on(ApplicationStopRequestedEvent e) {
    release(e.applicationId());
  }

  @EventHandler
  void on(ApplicationStoppedEvent e) {
    release(e.applicationId());
  }

  @EventHandler
  void on(ApplicationFailedEvent e) {
    release(e.applicationId());
  }

  @EventHandler
  void on(ApplicationDeletedEvent e) {
    release(e.applicationId());
  }

  @ResetHandler
  void reset() {
    dsl.deleteFrom(WORKLOAD_USAGE).execute();
  }

  private void hold(String id, String ownerId, WorkloadKind kind, String projectId, String name, Resources r) {
    dsl.insertInto(WORKLOAD_USAGE)
        .set(WORKLOAD_USAGE.WORKLOAD_ID, UUID.fromString(id))
        .set(WORKLOAD_USAGE.USER_ID, UUID.fromString(ownerId))
        .set(WORKLOAD_USAGE.KIND, kind.name())
        .set(WORKLOAD_USAGE.PROJECT_ID, UUID.fromString(projectId))
        .set(WORKLOAD_USAGE.NAME, name)
        .set(WORKLOAD_USAGE.CPU_MILLIS, r.cpuMillis())
        .set(WORKLOAD_USAGE.MEMORY_MIB, r.memoryMiB())
        .set(WORKLOAD_USAGE.GPUS, r.gpus())
        .set(WORKLOAD_USAGE.GPU_TYPE, r.gpuType())
        .onConflict(WORKLOAD_USAGE.WORKLOAD_ID).doNothing()
        .execute();
  }

  private void release(String id) {
    dsl.deleteFrom(WORKLOAD_USAGE).where(WORKLOAD_USAGE.WORKLOAD_ID.eq(UUID.fromString(id))).execute();
  }
}

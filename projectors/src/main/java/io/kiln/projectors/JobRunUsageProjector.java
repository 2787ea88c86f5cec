package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.WORKLOAD_USAGE;

import io.kiln.domain.job.JobRunEnded;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.workload.WorkloadKind;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Part of the usage projection: job runs hold their owner's quota by the same rule as the command side's ledger. */
@Component
@ProcessingGroup(UsageProjector.GROUP)
class JobRunUsageProjector {
  private final DSLContext dsl;

  JobRunUsageProjector(DSLContext dsl) {
    this.dsl = dsl;
  }

  @EventHandler
  void on(JobRunScheduledEvent e) {
    dsl.insertInto(WORKLOAD_USAGE)
        .set(WORKLOAD_USAGE.WORKLOAD_ID, UUID.fromString(e.runId()))
        .set(WORKLOAD_USAGE.USER_ID, UUID.fromString(e.ownerId()))
        .set(WORKLOAD_USAGE.KIND, WorkloadKind.JOB_RUN.name())
        .set(WORKLOAD_USAGE.PROJECT_ID, UUID.fromString(e.projectId()))
        .set(WORKLOAD_USAGE.NAME, e.jobName())
        .set(WORKLOAD_USAGE.CPU_MILLIS, e.resources().cpuMillis())
        .set(WORKLOAD_USAGE.MEMORY_MIB, e.resources().memoryMiB())
        .set(WORKLOAD_USAGE.GPUS, e.resources().gpus())
        .set(WORKLOAD_USAGE.GPU_TYPE, e.resources().gpuType())
        .onConflict(WORKLOAD_USAGE.WORKLOAD_ID).doNothing()
        .execute();
  }

  @EventHandler
  void on(JobTriggeredEvent e) {
    e.replacedRunIds().forEach(this::release);
  }

  @EventHandler
  void on(JobRunStopRequestedEvent e) {
    release(e.runId());
  }

  @EventHandler
  void on(JobRunEnded e) {
    release(e.runId());
  }

  private void release(String runId) {
    dsl.deleteFrom(WORKLOAD_USAGE).where(WORKLOAD_USAGE.WORKLOAD_ID.eq(UUID.fromString(runId))).execute();
  }
}

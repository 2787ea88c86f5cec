package io.kiln.projectors;

import static io.kiln.query.jooq.Tables.QUOTA_LIMIT;

import io.kiln.domain.quota.DefaultQuotaSetEvent;
import io.kiln.domain.quota.UserQuotaResetEvent;
import io.kiln.domain.quota.UserQuotaSetEvent;
import io.kiln.domain.readmodel.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Keeps {@code readmodel.quota_limit}: the default quota (user '*') and users' own quotas. */
@Component
@ProcessingGroup(QuotaProjector.GROUP)
public class QuotaProjector {
  public static final String GROUP = "quota-projection";
  private final DSLContext dsl;
  private final VersionUpdates updates;

  QuotaProjector(DSLContext dsl, VersionUpdates updates) {
    this.dsl = dsl;
    this.updates = updates;
  }

  @EventHandler
  void on(DefaultQuotaSetEvent e, @SequenceNumber long version) {
    limit("*", e.cpuMillis(), e.memoryMiB(), e.gpus());
    updates.applied(ReadModels.QUOTAS, e.policyId(), version);
  }

  @EventHandler
  void on(UserQuotaSetEvent e, @SequenceNumber long version) {
    limit(e.userId(), e.cpuMillis(), e.memoryMiB(), e.gpus());
    updates.applied(ReadModels.QUOTAS, e.userId(), version);
  }

  @EventHandler
  void on(UserQuotaResetEvent e, @SequenceNumber long version) {
    dsl.deleteFrom(QUOTA_LIMIT).where(QUOTA_LIMIT.USER_ID.eq(e.userId())).execute();
    updates.applied(ReadModels.QUOTAS, e.userId(), version);
  }

  @ResetHandler
  void reset() {
    updates.reset(ReadModels.QUOTAS);
    dsl.deleteFrom(QUOTA_LIMIT).execute();
  }

  private void limit(String userId, long cpuMillis, long memoryMiB, int gpus) {
    dsl.insertInto(QUOTA_LIMIT)
        .set(QUOTA_LIMIT.USER_ID, userId)
        .set(QUOTA_LIMIT.CPU_MILLIS, cpuMillis)
        .set(QUOTA_LIMIT.MEMORY_MIB, memoryMiB)
        .set(QUOTA_LIMIT.GPUS, gpus)
        .onConflict(QUOTA_LIMIT.USER_ID).doUpdate()
        .set(QUOTA_LIMIT.CPU_MILLIS, cpuMillis)
        .set(QUOTA_LIMIT.MEMORY_MIB, memoryMiB)
        .set(QUOTA_LIMIT.GPUS, gpus)
        .execute();
  }
}

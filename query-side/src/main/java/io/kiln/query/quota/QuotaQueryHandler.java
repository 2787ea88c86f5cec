package io.kiln.query.quota;

import static io.kiln.query.jooq.Tables.QUOTA_LIMIT;
import static io.kiln.query.jooq.Tables.WORKLOAD_USAGE;

import io.kiln.domain.quota.FindQuotaQuery;
import io.kiln.domain.quota.FindUsageQuery;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.QuotaView;
import io.kiln.domain.quota.UsageView;
import io.kiln.domain.quota.WorkloadUsageView;
import io.kiln.domain.workload.Resources;
import io.kiln.domain.workload.WorkloadKind;
import io.kiln.query.Uuids;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Each user's effective quota, and what their workloads hold against it. */
@Component
class QuotaQueryHandler {
  static final String DEFAULT_ROW = "*";
  private final DSLContext dsl;

  QuotaQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  QuotaView handle(FindQuotaQuery query) {
    return quota(query.userId());
  }

  @QueryHandler
  UsageView handle(FindUsageQuery query) {
    UUID userId = Uuids.parse(query.userId()).orElse(new UUID(0, 0));
    List<WorkloadUsageView> workloads = dsl.selectFrom(WORKLOAD_USAGE).where(WORKLOAD_USAGE.USER_ID.eq(userId))
        .orderBy(WORKLOAD_USAGE.KIND, WORKLOAD_USAGE.WORKLOAD_ID)
        .fetch(r -> new WorkloadUsageView(WorkloadKind.valueOf(r.getKind()), r.getWorkloadId().toString(),
            r.getProjectId().toString(), r.getName(),
            new Resources(r.getCpuMillis(), r.getMemoryMib(), r.getGpus(), r.getGpuType())));
    QuotaLimits used = workloads.stream().map(WorkloadUsageView::resources).reduce(Resources.NONE, Resources::plus)
        .asLimits();
    return new UsageView(query.userId(), used, quota(query.userId()).limits(), workloads);
  }

  private QuotaView quota(String userId) {
    return dsl.selectFrom(QUOTA_LIMIT).where(QUOTA_LIMIT.USER_ID.in(userId, DEFAULT_ROW))
        .orderBy(QUOTA_LIMIT.USER_ID.eq(DEFAULT_ROW))
        .limit(1)
        .fetchOptional(r -> new QuotaView(userId, new QuotaLimits(r.getCpuMillis(), r.getMemoryMib(), r.getGpus()),
            DEFAULT_ROW.equals(r.getUserId()) ? "default" : "user"))
        .orElse(new QuotaView(userId, QuotaLimits.WORKSPACE_DEFAULT, "default"));
  }
}

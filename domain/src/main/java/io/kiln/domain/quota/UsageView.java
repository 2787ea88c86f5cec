package io.kiln.domain.quota;

import java.util.List;

/** What a user's workloads hold now, against the user's quota. */
public record UsageView(String userId, QuotaLimits used, QuotaLimits limits, List<WorkloadUsageView> workloads) {}

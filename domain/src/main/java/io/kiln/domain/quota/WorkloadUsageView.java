package io.kiln.domain.quota;

import io.kiln.domain.workload.Resources;
import io.kiln.domain.workload.WorkloadKind;

/** One workload that holds some of a user's quota. */
public record WorkloadUsageView(WorkloadKind kind, String id, String projectId, String name, Resources resources) {}

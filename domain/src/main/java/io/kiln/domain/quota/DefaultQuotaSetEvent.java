package io.kiln.domain.quota;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DefaultQuotaSetEvent(String policyId, long cpuMillis, long memoryMiB, int gpus) {}

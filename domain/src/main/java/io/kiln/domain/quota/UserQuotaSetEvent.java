package io.kiln.domain.quota;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UserQuotaSetEvent(String userId, long cpuMillis, long memoryMiB, int gpus) {}

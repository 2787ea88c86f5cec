package io.kiln.domain.catalog;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceProfileResizedEvent(String profileId, long cpuMillis, long memoryMiB, int gpus, String gpuType) {}

package io.kiln.domain.catalog;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceProfileDefinedEvent(String profileId, String name, long cpuMillis, long memoryMiB, int gpus, String gpuType) {}

package io.kiln.domain.catalog;

import java.time.Instant;

public record ResourceProfileView(String id, String name, long cpuMillis, long memoryMiB, int gpus, String gpuType,
                                  boolean retired, Instant createdAt, Instant updatedAt, long version) {}

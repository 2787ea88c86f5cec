package io.kiln.web.api.catalog;

/** A resource profile to define, or (without {@code name}) its new size. */
public record ResourceProfileRequest(String name, Long cpuMillis, Long memoryMiB, Integer gpus, String gpuType) {}

package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** New workloads of this profile get the new size; running ones keep what they started with. */
public record ResizeResourceProfileCommand(@TargetAggregateIdentifier String profileId, long cpuMillis,
                                           long memoryMiB, int gpus, String gpuType) {}

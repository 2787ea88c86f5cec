package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DefineResourceProfileCommand(@TargetAggregateIdentifier String profileId, String name, long cpuMillis,
                                           long memoryMiB, int gpus, String gpuType) {}

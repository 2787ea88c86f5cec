package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** New workloads of this runtime use the new image; running ones keep theirs. */
public record ChangeRuntimeImageCommand(@TargetAggregateIdentifier String runtimeId, String image) {}

package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeRuntimeStatusCommand(@TargetAggregateIdentifier String runtimeId, RuntimeStatus status) {}

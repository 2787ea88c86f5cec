package io.kiln.domain.nodepool;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteNodePoolCommand(@TargetAggregateIdentifier String name) {}

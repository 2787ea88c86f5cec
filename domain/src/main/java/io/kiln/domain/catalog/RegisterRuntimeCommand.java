package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a runtime to the workspace catalogue, enabled. */
public record RegisterRuntimeCommand(@TargetAggregateIdentifier String runtimeId, String name, String image,
                                     Editor editor, String kernel) {}

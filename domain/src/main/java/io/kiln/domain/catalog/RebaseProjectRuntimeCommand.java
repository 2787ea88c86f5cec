package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A project's runtime was built again: new workloads use the new image. Sent by Kiln, never by people. */
public record RebaseProjectRuntimeCommand(@TargetAggregateIdentifier String runtimeId, String image) {}

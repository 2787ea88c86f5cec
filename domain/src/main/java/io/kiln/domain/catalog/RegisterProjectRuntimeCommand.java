package io.kiln.domain.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A succeeded runtime build registers the runtime it built, for its project only. Sent by Kiln, never by people. */
public record RegisterProjectRuntimeCommand(@TargetAggregateIdentifier String runtimeId, String projectId,
                                            String name, String image, Editor editor, String kernel) {}

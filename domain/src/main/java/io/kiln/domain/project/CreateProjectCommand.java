package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a project owned by the actor who sends the command. */
public record CreateProjectCommand(@TargetAggregateIdentifier ProjectId projectId, String name, String description,
                                   Visibility visibility) {}

package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveCollaboratorCommand(@TargetAggregateIdentifier ProjectId projectId, String userId) {}

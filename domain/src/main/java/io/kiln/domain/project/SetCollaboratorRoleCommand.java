package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a collaborator with a role, or change the role of one already there. */
public record SetCollaboratorRoleCommand(@TargetAggregateIdentifier ProjectId projectId, String userId,
                                         ProjectRole role) {}

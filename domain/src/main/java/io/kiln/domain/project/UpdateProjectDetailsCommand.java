package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change any of name, description and visibility at once (a {@code null} leaves that detail as it is). All or
 * nothing: one invalid detail refuses the whole command. {@code expectedVersion}, when given, must be the project's
 * current version.
 */
public record UpdateProjectDetailsCommand(@TargetAggregateIdentifier ProjectId projectId, String name,
                                          String description, Visibility visibility,
                                          @TargetAggregateVersion Long expectedVersion) {}

package io.kiln.domain.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a project owned by the actor who sends the command; with {@code git}, its files are cloned from there. */
public record CreateProjectCommand(@TargetAggregateIdentifier ProjectId projectId, String name, String description,
                                   Visibility visibility, GitSource git) {

  public CreateProjectCommand(ProjectId projectId, String name, String description, Visibility visibility) {
    this(projectId, name, description, visibility, null);
  }
}

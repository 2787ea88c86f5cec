package io.kiln.command.project;

import io.kiln.domain.Actor;

/** What an actor may do in a project, as the command side knows it: for rules of aggregates other than Project. */
public interface ProjectAccess {
  Access of(String projectId, Actor actor);
}

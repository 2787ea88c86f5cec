package io.kiln.command.project;

/**
 * Who administers which project (its owner and its {@code admin} collaborators), for rules outside the project such as
 * who may subscribe webhooks to it.
 */
public interface ProjectAdministrators {
  boolean exists(String projectId);

  boolean mayAdminister(String userId, String projectId);
}

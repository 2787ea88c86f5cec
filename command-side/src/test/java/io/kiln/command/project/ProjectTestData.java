package io.kiln.command.project;

import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.ProjectId;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.Visibility;

/** One project, "Churn", and the people around it. */
final class ProjectTestData {
  static final String PROJECT = "6d2b7c1e-8f3a-4d5b-9e0c-1a2b3c4d5e6f";
  static final ProjectId PROJECT_ID = new ProjectId(PROJECT);
  static final String OTHER_PROJECT = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
  static final String NAME = "Churn";
  static final String DESCRIPTION = "Predicts which customers leave";

  static final String OWNER = "0a1b2c3d-0000-4000-8000-000000000001";
  static final String PROJECT_ADMIN = "0a1b2c3d-0000-4000-8000-000000000002";
  static final String CONTRIBUTOR = "0a1b2c3d-0000-4000-8000-000000000003";
  static final String OPERATOR = "0a1b2c3d-0000-4000-8000-000000000004";
  static final String VIEWER = "0a1b2c3d-0000-4000-8000-000000000005";
  static final String STRANGER = "0a1b2c3d-0000-4000-8000-000000000006";
  static final String PLATFORM_ADMIN = "0a1b2c3d-0000-4000-8000-000000000007";
  static final String AUDITOR = "0a1b2c3d-0000-4000-8000-000000000008";

  private ProjectTestData() {}

  static ProjectCreatedEvent created(Visibility visibility) {
    return new ProjectCreatedEvent(PROJECT, OWNER, NAME, DESCRIPTION, visibility);
  }

  static ProjectCreatedEvent created() {
    return created(Visibility.PRIVATE);
  }

  static CollaboratorAddedEvent added(String userId, ProjectRole role) {
    return new CollaboratorAddedEvent(PROJECT, userId, role);
  }

  /** Creation followed by one collaborator of each grantable role: five events, version 4. */
  static Object[] teamOfEachRole(Visibility visibility) {
    return new Object[] {created(visibility), added(PROJECT_ADMIN, ProjectRole.ADMIN),
        added(CONTRIBUTOR, ProjectRole.CONTRIBUTOR), added(OPERATOR, ProjectRole.OPERATOR),
        added(VIEWER, ProjectRole.VIEWER)};
  }
}

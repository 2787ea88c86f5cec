package io.kiln.command.project;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.project.ProjectTestData.AUDITOR;
import static io.kiln.command.project.ProjectTestData.CONTRIBUTOR;
import static io.kiln.command.project.ProjectTestData.OPERATOR;
import static io.kiln.command.project.ProjectTestData.OWNER;
import static io.kiln.command.project.ProjectTestData.PLATFORM_ADMIN;
import static io.kiln.command.project.ProjectTestData.PROJECT;
import static io.kiln.command.project.ProjectTestData.PROJECT_ADMIN;
import static io.kiln.command.project.ProjectTestData.PROJECT_ID;
import static io.kiln.command.project.ProjectTestData.STRANGER;
import static io.kiln.command.project.ProjectTestData.VIEWER;
import static io.kiln.command.project.ProjectTestData.added;
import static io.kiln.command.project.ProjectTestData.created;
import static io.kiln.command.project.ProjectTestData.teamOfEachRole;

import io.kiln.command.Actors;
import io.kiln.command.user.FakeUserDirectory;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.project.CollaboratorAddedEvent;
import io.kiln.domain.project.CollaboratorRemovedEvent;
import io.kiln.domain.project.CollaboratorRoleChangedEvent;
import io.kiln.domain.project.ProjectArchivedEvent;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.project.RemoveCollaboratorCommand;
import io.kiln.domain.project.SetCollaboratorRoleCommand;
import io.kiln.domain.project.Visibility;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectCollaboratorsTest {
  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    FakeUserDirectory users = new FakeUserDirectory().withUser(OWNER, "olivia").withUser(PROJECT_ADMIN, "adam")
        .withUser(CONTRIBUTOR, "carla").withUser(OPERATOR, "oscar").withUser(VIEWER, "vera")
        .withUser(STRANGER, "sam").withUser(PLATFORM_ADMIN, "root").withUser(AUDITOR, "audrey");
    fixture = new AggregateTestFixture<>(Project.class);
    fixture.registerInjectableResource(users);
    fixture.registerInjectableResource(new FakeProjectNames());
  }

  private static SetCollaboratorRoleCommand setRole(String userId, ProjectRole role) {
    return new SetCollaboratorRoleCommand(PROJECT_ID, userId, role);
  }

  private static RemoveCollaboratorCommand remove(String userId) {
    return new RemoveCollaboratorCommand(PROJECT_ID, userId);
  }

  @Nested
  class SetCollaboratorRole {
    @ParameterizedTest
    @EnumSource(value = ProjectRole.class, names = "OWNER", mode = EnumSource.Mode.EXCLUDE)
    void ownerAddsCollaboratorWithAnyGrantableRole(ProjectRole role) {
      fixture.given(created())
          .when(setRole(STRANGER, role), Actors.user(OWNER))
          .expectEvents(new CollaboratorAddedEvent(PROJECT, STRANGER, role))
          .expectResultMessagePayload(1L);
    }

    @Test
    void ownerChangesCollaboratorsRole() {
      fixture.given(created(), added(STRANGER, ProjectRole.VIEWER))
          .when(setRole(STRANGER, ProjectRole.CONTRIBUTOR), Actors.user(OWNER))
          .expectEvents(new CollaboratorRoleChangedEvent(PROJECT, STRANGER, ProjectRole.CONTRIBUTOR))
          .expectResultMessagePayload(2L);
    }

    @Test
    void settingSameRoleAgainChangesNothing() {
      fixture.given(created(), added(STRANGER, ProjectRole.VIEWER))
          .when(setRole(STRANGER, ProjectRole.VIEWER), Actors.user(OWNER))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void projectAdminMayAddCollaborators() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(setRole(STRANGER, ProjectRole.ADMIN), Actors.user(PROJECT_ADMIN))
          .expectEvents(new CollaboratorAddedEvent(PROJECT, STRANGER, ProjectRole.ADMIN))
          .expectResultMessagePayload(5L);
    }

    @Test
    void platformAdminMayAddCollaborators() {
      fixture.given(created())
          .when(setRole(STRANGER, ProjectRole.OPERATOR), Actors.admin(PLATFORM_ADMIN))
          .expectEvents(new CollaboratorAddedEvent(PROJECT, STRANGER, ProjectRole.OPERATOR));
    }

    @Test
    void ownersRoleIsFixed() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(setRole(OWNER, ProjectRole.VIEWER), Actors.user(PROJECT_ADMIN))
          .expectException(kilnError(ErrorCode.OWNER_IS_FIXED))
          .expectNoEvents();
    }

    @Test
    void ownershipCannotBeGranted() {
      fixture.given(created())
          .when(setRole(STRANGER, ProjectRole.OWNER), Actors.user(OWNER))
          .expectException(invalidField("role"))
          .expectNoEvents();
    }

    @Test
    void roleIsRequired() {
      fixture.given(created())
          .when(setRole(STRANGER, null), Actors.user(OWNER))
          .expectException(invalidField("role"))
          .expectNoEvents();
    }

    @Test
    void unknownUserIsNotFound() {
      fixture.given(created())
          .when(setRole("0a1b2c3d-0000-4000-8000-0000000000ff", ProjectRole.VIEWER), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.USER_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void missingUserIdIsUserNotFound() {
      fixture.given(created())
          .when(setRole(null, ProjectRole.VIEWER), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.USER_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void contributorCannotManageCollaborators() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(setRole(STRANGER, ProjectRole.VIEWER), Actors.user(CONTRIBUTOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void strangerToPrivateProjectFindsNoProject() {
      fixture.given(created())
          .when(setRole(STRANGER, ProjectRole.ADMIN), Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void auditorCannotManageCollaborators() {
      fixture.given(created())
          .when(setRole(STRANGER, ProjectRole.VIEWER), Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void collaboratorsOfArchivedProjectCannotChange() {
      fixture.given(created(), new ProjectArchivedEvent(PROJECT))
          .when(setRole(STRANGER, ProjectRole.VIEWER), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
          .expectNoEvents();
    }
  }

  @Nested
  class RemoveCollaborator {
    @Test
    void ownerRemovesCollaborator() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(CONTRIBUTOR), Actors.user(OWNER))
          .expectEvents(new CollaboratorRemovedEvent(PROJECT, CONTRIBUTOR))
          .expectResultMessagePayload(5L);
    }

    @Test
    void projectAdminRemovesCollaborator() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(OPERATOR), Actors.user(PROJECT_ADMIN))
          .expectEvents(new CollaboratorRemovedEvent(PROJECT, OPERATOR))
          .expectResultMessagePayload(5L);
    }

    @Test
    void viewerLeavesProject() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(VIEWER), Actors.user(VIEWER))
          .expectEvents(new CollaboratorRemovedEvent(PROJECT, VIEWER))
          .expectResultMessagePayload(5L);
    }

    @Test
    void removingNonMemberChangesNothing() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(STRANGER), Actors.user(OWNER))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(4L);
    }

    @Test
    void ownerCannotBeRemoved() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(OWNER), Actors.user(PROJECT_ADMIN))
          .expectException(kilnError(ErrorCode.OWNER_IS_FIXED))
          .expectNoEvents();
    }

    @Test
    void ownerCannotLeave() {
      fixture.given(created())
          .when(remove(OWNER), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.OWNER_IS_FIXED))
          .expectNoEvents();
    }

    @Test
    void viewerCannotRemoveSomeoneElse() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(OPERATOR), Actors.user(VIEWER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void contributorCannotRemoveSomeoneElse() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(VIEWER), Actors.user(CONTRIBUTOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void strangerToPublicProjectCannotRemoveAnyone() {
      fixture.given(teamOfEachRole(Visibility.PUBLIC))
          .when(remove(VIEWER), Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotRemoveCollaborators() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(remove(VIEWER), Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void nobodyLeavesArchivedProject() {
      fixture.given(created(), added(VIEWER, ProjectRole.VIEWER), new ProjectArchivedEvent(PROJECT))
          .when(remove(VIEWER), Actors.user(VIEWER))
          .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
          .expectNoEvents();
    }
  }
}

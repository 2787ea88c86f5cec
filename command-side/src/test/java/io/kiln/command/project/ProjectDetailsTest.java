package io.kiln.command.project;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.project.ProjectTestData.AUDITOR;
import static io.kiln.command.project.ProjectTestData.CONTRIBUTOR;
import static io.kiln.command.project.ProjectTestData.DESCRIPTION;
import static io.kiln.command.project.ProjectTestData.NAME;
import static io.kiln.command.project.ProjectTestData.OPERATOR;
import static io.kiln.command.project.ProjectTestData.OTHER_PROJECT;
import static io.kiln.command.project.ProjectTestData.OWNER;
import static io.kiln.command.project.ProjectTestData.PLATFORM_ADMIN;
import static io.kiln.command.project.ProjectTestData.PROJECT;
import static io.kiln.command.project.ProjectTestData.PROJECT_ADMIN;
import static io.kiln.command.project.ProjectTestData.PROJECT_ID;
import static io.kiln.command.project.ProjectTestData.STRANGER;
import static io.kiln.command.project.ProjectTestData.VIEWER;
import static io.kiln.command.project.ProjectTestData.created;
import static io.kiln.command.project.ProjectTestData.teamOfEachRole;
import static org.hamcrest.Matchers.instanceOf;

import io.kiln.command.Actors;
import io.kiln.command.user.FakeUserDirectory;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.project.ProjectArchivedEvent;
import io.kiln.domain.project.ProjectDescriptionChangedEvent;
import io.kiln.domain.project.ProjectRenamedEvent;
import io.kiln.domain.project.ProjectVisibilityChangedEvent;
import io.kiln.domain.project.UpdateProjectDetailsCommand;
import io.kiln.domain.project.Visibility;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectDetailsTest {
  private FakeProjectNames names;
  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    names = new FakeProjectNames().held(OWNER, NAME, PROJECT);
    fixture = new AggregateTestFixture<>(Project.class);
    fixture.registerInjectableResource(names);
    fixture.registerInjectableResource(new FakeUserDirectory());
  }

  private static UpdateProjectDetailsCommand update(String name, String description, Visibility visibility) {
    return new UpdateProjectDetailsCommand(PROJECT_ID, name, description, visibility, null);
  }

  private static UpdateProjectDetailsCommand rename(String name) {
    return update(name, null, null);
  }

  private static UpdateProjectDetailsCommand renameAtVersion(String name, long expectedVersion) {
    return new UpdateProjectDetailsCommand(PROJECT_ID, name, null, null, expectedVersion);
  }

  @Nested
  class Changes {
    @Test
    void renameProducesRenamedEvent() {
      fixture.given(created())
          .when(rename("Retention"), Actors.user(OWNER))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "Retention"))
          .expectResultMessagePayload(1L);
    }

    @Test
    void newDescriptionProducesDescriptionChangedEvent() {
      fixture.given(created())
          .when(update(null, "", null), Actors.user(OWNER))
          .expectEvents(new ProjectDescriptionChangedEvent(PROJECT, ""))
          .expectResultMessagePayload(1L);
    }

    @Test
    void newVisibilityProducesVisibilityChangedEvent() {
      fixture.given(created())
          .when(update(null, null, Visibility.PUBLIC), Actors.user(OWNER))
          .expectEvents(new ProjectVisibilityChangedEvent(PROJECT, Visibility.PUBLIC))
          .expectResultMessagePayload(1L);
    }

    @Test
    void everyChangedDetailProducesItsOwnEvent() {
      fixture.given(created())
          .when(update("Retention", "Who stays", Visibility.TEAM), Actors.user(OWNER))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "Retention"),
              new ProjectDescriptionChangedEvent(PROJECT, "Who stays"),
              new ProjectVisibilityChangedEvent(PROJECT, Visibility.TEAM))
          .expectResultMessagePayload(3L);
    }

    @Test
    void onlyChangedDetailsProduceEvents() {
      fixture.given(created())
          .when(update(NAME, "Who stays", Visibility.PRIVATE), Actors.user(OWNER))
          .expectEvents(new ProjectDescriptionChangedEvent(PROJECT, "Who stays"))
          .expectResultMessagePayload(1L);
    }

    @Test
    void unchangedValuesProduceNoEvents() {
      fixture.given(created(), new ProjectRenamedEvent(PROJECT, "Retention"))
          .when(update("Retention", DESCRIPTION, Visibility.PRIVATE), Actors.user(OWNER))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void omittedDetailsProduceNoEvents() {
      fixture.given(created())
          .when(update(null, null, null), Actors.user(OWNER))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(0L);
    }

    @Test
    void renameToNameOfAnotherProjectOfSameOwnerIsRefused() {
      names.held(OWNER, "Retention", OTHER_PROJECT);
      fixture.given(created())
          .when(update("retention", "Who stays", null), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.PROJECT_NAME_TAKEN))
          .expectNoEvents();
    }

    @Test
    void renameToNameOfAnotherOwnersProjectIsAccepted() {
      names.held(STRANGER, "Retention", OTHER_PROJECT);
      fixture.given(created())
          .when(rename("Retention"), Actors.user(OWNER))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "Retention"));
    }

    @Test
    void renameChangingOnlyCaseOfOwnNameIsAccepted() {
      fixture.given(created())
          .when(rename("CHURN"), Actors.user(OWNER))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "CHURN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Churn/v2", " Churn"})
    void invalidNameRefusesWholeCommand(String name) {
      fixture.given(created())
          .when(update(name, "Who stays", Visibility.PUBLIC), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void nameOf101CodePointsRefusesWholeCommand() {
      fixture.given(created())
          .when(update("a".repeat(101), null, Visibility.PUBLIC), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void invalidDescriptionRefusesValidRename() {
      fixture.given(created())
          .when(update("Retention", "d".repeat(4001), Visibility.PUBLIC), Actors.user(OWNER))
          .expectException(invalidField("description"))
          .expectNoEvents();
    }
  }

  @Nested
  class Authorization {
    @Test
    void contributorMayRename() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(rename("Retention"), Actors.user(CONTRIBUTOR))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "Retention"))
          .expectResultMessagePayload(5L);
    }

    @Test
    void projectAdminMayRename() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(rename("Retention"), Actors.user(PROJECT_ADMIN))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "Retention"));
    }

    @Test
    void viewerCannotRename() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(rename("Retention"), Actors.user(VIEWER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void operatorCannotChangeVisibility() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(update(null, null, Visibility.PUBLIC), Actors.user(OPERATOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void strangerToPrivateProjectFindsNoProject() {
      fixture.given(created(Visibility.PRIVATE))
          .when(rename("Retention"), Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
          .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Visibility.class, names = {"TEAM", "PUBLIC"})
    void strangerWhoSeesProjectCannotChangeIt(Visibility visibility) {
      fixture.given(created(visibility))
          .when(rename("Retention"), Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void platformAdminMayChangeProjectTheyAreNotIn() {
      fixture.given(created())
          .when(update(null, "Curated by the platform team", null), Actors.admin(PLATFORM_ADMIN))
          .expectEvents(new ProjectDescriptionChangedEvent(PROJECT, "Curated by the platform team"));
    }

    @Test
    void auditorCannotChangeDetails() {
      fixture.given(created())
          .when(rename("Retention"), Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void archivedProjectCannotBeChanged() {
      fixture.given(created(), new ProjectArchivedEvent(PROJECT))
          .when(rename("Retention"), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
          .expectNoEvents();
    }
  }

  @Nested
  class ExpectedVersion {
    @Test
    void currentVersionIsAccepted() {
      fixture.given(created(), new ProjectRenamedEvent(PROJECT, "Retention"))
          .when(renameAtVersion("Churn", 1L), Actors.user(OWNER))
          .expectEvents(new ProjectRenamedEvent(PROJECT, "Churn"))
          .expectResultMessagePayload(2L);
    }

    @Test
    void staleVersionIsRefused() {
      fixture.given(created(), new ProjectRenamedEvent(PROJECT, "Retention"))
          .when(renameAtVersion("Churn", 0L), Actors.user(OWNER))
          .expectException(instanceOf(ConflictingAggregateVersionException.class))
          .expectNoEvents();
    }

    @Test
    void versionAheadOfProjectIsRefused() {
      fixture.given(created())
          .when(renameAtVersion("Retention", 1L), Actors.user(OWNER))
          .expectException(instanceOf(ConflictingAggregateVersionException.class))
          .expectNoEvents();
    }
  }
}

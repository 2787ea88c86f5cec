package io.kiln.command.project;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.project.ProjectTestData.AUDITOR;
import static io.kiln.command.project.ProjectTestData.CONTRIBUTOR;
import static io.kiln.command.project.ProjectTestData.OTHER_PROJECT;
import static io.kiln.command.project.ProjectTestData.OWNER;
import static io.kiln.command.project.ProjectTestData.PLATFORM_ADMIN;
import static io.kiln.command.project.ProjectTestData.PROJECT;
import static io.kiln.command.project.ProjectTestData.PROJECT_ADMIN;
import static io.kiln.command.project.ProjectTestData.PROJECT_ID;
import static io.kiln.command.project.ProjectTestData.STRANGER;
import static io.kiln.command.project.ProjectTestData.created;
import static io.kiln.command.project.ProjectTestData.teamOfEachRole;

import io.kiln.command.Actors;
import io.kiln.command.user.FakeUserDirectory;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.project.ArchiveProjectCommand;
import io.kiln.domain.project.CreateProjectCommand;
import io.kiln.domain.project.ProjectArchivedEvent;
import io.kiln.domain.project.ProjectCreatedEvent;
import io.kiln.domain.project.Visibility;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {
  private static final String DOUBLE_STRUCK_A = "\uD835\uDD38";

  private FakeProjectNames names;
  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    names = new FakeProjectNames();
    fixture = new AggregateTestFixture<>(Project.class);
    fixture.registerInjectableResource(names);
    fixture.registerInjectableResource(new FakeUserDirectory());
    fixture.registerInjectableResource(new GitSettings(false));
  }

  private static CreateProjectCommand create(String name, String description, Visibility visibility) {
    return new CreateProjectCommand(PROJECT_ID, name, description, visibility);
  }

  private static CreateProjectCommand create(String name) {
    return create(name, null, null);
  }

  private static ProjectCreatedEvent createdNamed(String name) {
    return new ProjectCreatedEvent(PROJECT, OWNER, name, "", Visibility.PRIVATE);
  }

  @Nested
  class Create {
    @Test
    void userCreatesPrivateProjectWithEmptyDescriptionByDefault() {
      fixture.givenNoPriorActivity()
          .when(create("Churn"), Actors.user(OWNER))
          .expectEvents(createdNamed("Churn"))
          .expectResultMessagePayload(PROJECT);
    }

    @Test
    void userCreatesProjectWithDescriptionAndVisibility() {
      fixture.givenNoPriorActivity()
          .when(create("Churn", "Who leaves, and why", Visibility.TEAM), Actors.user(OWNER))
          .expectEvents(new ProjectCreatedEvent(PROJECT, OWNER, "Churn", "Who leaves, and why", Visibility.TEAM));
    }

    @Test
    void platformAdminCreatesProjectOwnedByThemself() {
      fixture.givenNoPriorActivity()
          .when(create("Churn"), Actors.admin(PLATFORM_ADMIN))
          .expectEvents(new ProjectCreatedEvent(PROJECT, PLATFORM_ADMIN, "Churn", "", Visibility.PRIVATE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t"})
    void blankNameIsRefused(String name) {
      fixture.givenNoPriorActivity()
          .when(create(name), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void nameOf101CodePointsIsRefused() {
      fixture.givenNoPriorActivity()
          .when(create("a".repeat(101)), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void nameOf100CodePointsIsAccepted() {
      String name = "a".repeat(100);
      fixture.givenNoPriorActivity()
          .when(create(name), Actors.user(OWNER))
          .expectEvents(createdNamed(name));
    }

    @Test
    void nameLengthCountsCodePointsNotChars() {
      String name = DOUBLE_STRUCK_A.repeat(100);
      fixture.givenNoPriorActivity()
          .when(create(name), Actors.user(OWNER))
          .expectEvents(createdNamed(name));
    }

    @Test
    void nameOf101SupplementaryLettersIsRefused() {
      fixture.givenNoPriorActivity()
          .when(create(DOUBLE_STRUCK_A.repeat(101)), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"churn/v2", "churn\\v2", "churn!", "churn:v2", "<churn>", "churn\nv2", "churn\u0000"})
    void nameWithIllegalCharacterIsRefused(String name) {
      fixture.givenNoPriorActivity()
          .when(create(name), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {" Churn", "Churn ", " Churn "})
    void nameWithLeadingOrTrailingSpaceIsRefused(String name) {
      fixture.givenNoPriorActivity()
          .when(create(name), Actors.user(OWNER))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prévision des ventes", "東京 需要予測", "Churn v2.1_final-b", "Ελληνικά", "٣٤٥"})
    void namesMayUseLettersAndDigitsOfAnyScript(String name) {
      fixture.givenNoPriorActivity()
          .when(create(name), Actors.user(OWNER))
          .expectEvents(createdNamed(name));
    }

    @Test
    void descriptionOf4000CodePointsIsAccepted() {
      String description = "d".repeat(4000);
      fixture.givenNoPriorActivity()
          .when(create("Churn", description, null), Actors.user(OWNER))
          .expectEvents(new ProjectCreatedEvent(PROJECT, OWNER, "Churn", description, Visibility.PRIVATE));
    }

    @Test
    void descriptionOver4000CodePointsIsRefused() {
      fixture.givenNoPriorActivity()
          .when(create("Churn", "d".repeat(4001), null), Actors.user(OWNER))
          .expectException(invalidField("description"))
          .expectNoEvents();
    }

    @Test
    void descriptionWithControlCharacterIsRefused() {
      fixture.givenNoPriorActivity()
          .when(create("Churn", "line\u0007bell", null), Actors.user(OWNER))
          .expectException(invalidField("description"))
          .expectNoEvents();
    }

    @Test
    void descriptionMayHoldLineBreaksAndTabs() {
      String description = "first line\r\nsecond\tline";
      fixture.givenNoPriorActivity()
          .when(create("Churn", description, null), Actors.user(OWNER))
          .expectEvents(new ProjectCreatedEvent(PROJECT, OWNER, "Churn", description, Visibility.PRIVATE));
    }

    @Test
    void nameTakenBySameOwnerIsRefusedWhateverItsCase() {
      names.held(OWNER, "CHURN", OTHER_PROJECT);
      fixture.givenNoPriorActivity()
          .when(create("Churn"), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.PROJECT_NAME_TAKEN))
          .expectNoEvents();
    }

    @Test
    void nameTakenByAnotherOwnerIsAccepted() {
      names.held(STRANGER, "Churn", OTHER_PROJECT);
      fixture.givenNoPriorActivity()
          .when(create("Churn"), Actors.user(OWNER))
          .expectEvents(createdNamed("Churn"));
    }

    @Test
    void auditorCannotCreateProjects() {
      fixture.givenNoPriorActivity()
          .when(create("Churn"), Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void systemComponentCannotOwnProjects() {
      fixture.givenNoPriorActivity()
          .when(create("Churn"), Actors.admin("system:x"))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void commandWithoutActorIsUnauthenticated() {
      fixture.givenNoPriorActivity()
          .when(create("Churn"))
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }
  }

  @Nested
  class ArchiveProject {
    private final ArchiveProjectCommand archive = new ArchiveProjectCommand(PROJECT_ID);

    @Test
    void ownerArchives() {
      fixture.given(created())
          .when(archive, Actors.user(OWNER))
          .expectEvents(new ProjectArchivedEvent(PROJECT))
          .expectResultMessagePayload(1L);
    }

    @Test
    void projectAdminArchives() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(archive, Actors.user(PROJECT_ADMIN))
          .expectEvents(new ProjectArchivedEvent(PROJECT))
          .expectResultMessagePayload(5L);
    }

    @Test
    void platformAdminArchivesProjectTheyAreNotIn() {
      fixture.given(created())
          .when(archive, Actors.admin(PLATFORM_ADMIN))
          .expectEvents(new ProjectArchivedEvent(PROJECT));
    }

    @Test
    void contributorCannotArchive() {
      fixture.given(teamOfEachRole(Visibility.PRIVATE))
          .when(archive, Actors.user(CONTRIBUTOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotArchive() {
      fixture.given(created())
          .when(archive, Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void strangerToPrivateProjectFindsNoProject() {
      fixture.given(created())
          .when(archive, Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void archivingArchivedProjectChangesNothing() {
      fixture.given(created(), new ProjectArchivedEvent(PROJECT))
          .when(archive, Actors.user(OWNER))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }
  }
}

package io.kiln.command.build;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.build.BuildTestData.ALICE;
import static io.kiln.command.build.BuildTestData.AUDITOR;
import static io.kiln.command.build.BuildTestData.BOB;
import static io.kiln.command.build.BuildTestData.BUILD_ID;
import static io.kiln.command.build.BuildTestData.OPERATOR;
import static io.kiln.command.build.BuildTestData.PLATFORM_ADMIN;
import static io.kiln.command.build.BuildTestData.PROJECT;
import static io.kiln.command.build.BuildTestData.PROJECT_ADMIN;
import static io.kiln.command.build.BuildTestData.PROJECT_OWNER;
import static io.kiln.command.build.BuildTestData.STRANGER;
import static io.kiln.command.build.BuildTestData.VIEWER;
import static io.kiln.command.build.BuildTestData.cancelled;
import static io.kiln.command.build.BuildTestData.history;
import static io.kiln.command.build.BuildTestData.projects;
import static io.kiln.command.build.BuildTestData.restoreClock;
import static io.kiln.command.build.BuildTestData.version;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.CancelBuildCommand;
import io.kiln.domain.project.Visibility;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A build is cancelled by whoever requested it or by a project admin, until it has ended. */
class BuildCancelTest {
  private static final CancelBuildCommand CANCEL = new CancelBuildCommand(BUILD_ID);

  private final FakeProjectAccess projects = projects();
  private AggregateTestFixture<Build> fixture;

  @BeforeEach
  void setUp() {
    fixture = BuildTestData.fixture(projects, BuildTestData.catalog());
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  private ResultValidator<Build> cancel(BuildState state, Map<String, Object> actor) {
    return fixture.given(history(state)).when(CANCEL, actor);
  }

  @ParameterizedTest
  @EnumSource(value = BuildState.class, names = {"QUEUED", "RUNNING", "PUSHING"})
  void requesterCancelsBuildThatWaitsOrRuns(BuildState state) {
    cancel(state, Actors.user(ALICE))
        .expectEvents(cancelled(ALICE))
        .expectResultMessagePayload(version(state) + 1);
  }

  @Test
  void admittedBuildNotYetRunningIsCancelled() {
    fixture.given(BuildTestData.requested(), BuildTestData.admitted())
        .when(CANCEL, Actors.user(ALICE))
        .expectEvents(cancelled(ALICE))
        .expectResultMessagePayload(2L);
  }

  @ParameterizedTest
  @ValueSource(strings = {PROJECT_ADMIN, PROJECT_OWNER})
  void projectAdminAndOwnerCancelOtherPeoplesBuilds(String member) {
    cancel(BuildState.RUNNING, Actors.user(member))
        .expectEvents(cancelled(member))
        .expectResultMessagePayload(version(BuildState.RUNNING) + 1);
  }

  @Test
  void platformAdminCancelsAnyBuild() {
    cancel(BuildState.QUEUED, Actors.admin(PLATFORM_ADMIN))
        .expectEvents(cancelled(PLATFORM_ADMIN))
        .expectResultMessagePayload(1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {BOB, OPERATOR, VIEWER})
  void otherMembersCannotCancelSomeoneElsesBuild(String member) {
    cancel(BuildState.RUNNING, Actors.user(member))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void auditorCannotCancelBuilds() {
    cancel(BuildState.RUNNING, Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void strangerCannotSeeTheProject() {
    cancel(BuildState.RUNNING, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void strangerWhoSeesAPublicProjectCannotCancelItsBuilds() {
    projects.visibility(PROJECT, Visibility.PUBLIC);
    cancel(BuildState.RUNNING, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void requesterWhoNoLongerSeesThePrivateProjectFindsNoBuild() {
    projects.remove(PROJECT, ALICE);
    cancel(BuildState.RUNNING, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.BUILD_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void requesterWhoLeftAPublicProjectStillCancelsTheirBuild() {
    projects.visibility(PROJECT, Visibility.PUBLIC).remove(PROJECT, ALICE);
    cancel(BuildState.RUNNING, Actors.user(ALICE))
        .expectEvents(cancelled(ALICE))
        .expectResultMessagePayload(version(BuildState.RUNNING) + 1);
  }

  @ParameterizedTest
  @EnumSource(value = BuildState.class, names = {"SUCCEEDED", "FAILED", "TIMEDOUT", "CANCELLED"})
  void buildThatHasEndedCannotBeCancelled(BuildState state) {
    cancel(state, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @ParameterizedTest
  @EnumSource(value = BuildState.class, names = {"SUCCEEDED", "FAILED", "TIMEDOUT", "CANCELLED"})
  void notEvenAnAdminCancelsAnEndedBuild(BuildState state) {
    cancel(state, Actors.admin(PLATFORM_ADMIN))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void cancelNamesNoActorIsUnauthenticated() {
    fixture.given(history(BuildState.RUNNING))
        .when(CANCEL)
        .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
        .expectNoEvents();
  }
}

package io.kiln.command.application;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.application.ApplicationTestData.ALICE;
import static io.kiln.command.application.ApplicationTestData.APP_ID;
import static io.kiln.command.application.ApplicationTestData.AUDITOR;
import static io.kiln.command.application.ApplicationTestData.OPERATOR;
import static io.kiln.command.application.ApplicationTestData.PLATFORM_ADMIN;
import static io.kiln.command.application.ApplicationTestData.PROJECT;
import static io.kiln.command.application.ApplicationTestData.PROJECT_ADMIN;
import static io.kiln.command.application.ApplicationTestData.STRANGER;
import static io.kiln.command.application.ApplicationTestData.VIEWER;
import static io.kiln.command.application.ApplicationTestData.catalog;
import static io.kiln.command.application.ApplicationTestData.created;
import static io.kiln.command.application.ApplicationTestData.deleted;
import static io.kiln.command.application.ApplicationTestData.history;
import static io.kiln.command.application.ApplicationTestData.projects;
import static io.kiln.command.application.ApplicationTestData.restarted;
import static io.kiln.command.application.ApplicationTestData.stopRequested;
import static io.kiln.command.application.ApplicationTestData.version;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.DeleteApplicationCommand;
import io.kiln.domain.application.StopApplicationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationStopDeleteTest {
  private static final StopApplicationCommand STOP = new StopApplicationCommand(APP_ID);
  private static final DeleteApplicationCommand DELETE = new DeleteApplicationCommand(APP_ID);

  private final FakeProjectAccess projects = projects();
  private AggregateTestFixture<Application> fixture;

  @BeforeEach
  void setUp() {
    fixture = ApplicationTestData.fixture(projects, catalog(), new FakeQuotaLedger(), new FakeApplicationSubdomains());
  }

  private TestExecutor<Application> given(ApplicationState state) {
    return fixture.given(history(state));
  }

  @Nested
  class Stop {
    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"STARTING", "RUNNING"})
    void operatorStopsApplicationThatStartsOrRuns(ApplicationState state) {
      given(state)
          .when(STOP, Actors.user(OPERATOR))
          .expectEvents(stopRequested())
          .expectResultMessagePayload(version(state) + 1);
    }

    @Test
    void restartingApplicationStops() {
      fixture.given(created(), restarted(2))
          .when(STOP, Actors.user(ALICE))
          .expectEvents(stopRequested())
          .expectResultMessagePayload(2L);
    }

    @Test
    void stoppingAgainWhileItStopsChangesNothing() {
      given(ApplicationState.STOPPING)
          .when(STOP, Actors.user(ALICE))
          .expectNoEvents()
          .expectResultMessagePayload(version(ApplicationState.STOPPING));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"STOPPED", "FAILED"})
    void applicationThatEndedCannotBeStopped(ApplicationState state) {
      given(state)
          .when(STOP, Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.INVALID_STATE))
          .expectNoEvents();
    }

    @Test
    void deletedApplicationIsNotFound() {
      given(ApplicationState.DELETED)
          .when(STOP, Actors.admin(PLATFORM_ADMIN))
          .expectException(kilnError(ErrorCode.APPLICATION_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void viewerCannotStop() {
      given(ApplicationState.RUNNING)
          .when(STOP, Actors.user(VIEWER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotStop() {
      given(ApplicationState.RUNNING)
          .when(STOP, Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void strangerCannotSeeTheProject() {
      given(ApplicationState.RUNNING)
          .when(STOP, Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void archivedProjectStopsNothing() {
      projects.archive(PROJECT);
      given(ApplicationState.RUNNING)
          .when(STOP, Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
          .expectNoEvents();
    }
  }

  @Nested
  class Delete {
    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"STOPPED", "FAILED"})
    void contributorDeletesApplicationThatEndedFreeingItsSubdomain(ApplicationState state) {
      given(state)
          .when(DELETE, Actors.user(ALICE))
          .expectEvents(deleted())
          .expectResultMessagePayload(version(state) + 1);
    }

    @Test
    void projectAdminDeletes() {
      given(ApplicationState.STOPPED)
          .when(DELETE, Actors.user(PROJECT_ADMIN))
          .expectEvents(deleted());
    }

    @Test
    void platformAdminDeletes() {
      given(ApplicationState.FAILED)
          .when(DELETE, Actors.admin(PLATFORM_ADMIN))
          .expectEvents(deleted());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"STARTING", "RUNNING", "STOPPING"})
    void applicationMustBeStoppedBeforeItIsDeleted(ApplicationState state) {
      given(state)
          .when(DELETE, Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.INVALID_STATE))
          .expectNoEvents();
    }

    @Test
    void deletedApplicationIsNotFound() {
      given(ApplicationState.DELETED)
          .when(DELETE, Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.APPLICATION_NOT_FOUND))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {OPERATOR, VIEWER})
    void membersBelowContributorCannotDelete(String member) {
      given(ApplicationState.STOPPED)
          .when(DELETE, Actors.user(member))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotDelete() {
      given(ApplicationState.STOPPED)
          .when(DELETE, Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void strangerCannotSeeTheProject() {
      given(ApplicationState.STOPPED)
          .when(DELETE, Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void archivedProjectDeletesNothing() {
      projects.archive(PROJECT);
      given(ApplicationState.STOPPED)
          .when(DELETE, Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
          .expectNoEvents();
    }

    @Test
    void commandWithoutActorIsUnauthenticated() {
      given(ApplicationState.STOPPED)
          .when(DELETE)
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }
  }
}

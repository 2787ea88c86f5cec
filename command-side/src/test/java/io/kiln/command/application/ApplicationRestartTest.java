package io.kiln.command.application;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.application.ApplicationTestData.ALICE;
import static io.kiln.command.application.ApplicationTestData.APP_ID;
import static io.kiln.command.application.ApplicationTestData.AUDITOR;
import static io.kiln.command.application.ApplicationTestData.OPERATOR;
import static io.kiln.command.application.ApplicationTestData.PLATFORM_ADMIN;
import static io.kiln.command.application.ApplicationTestData.PROJECT;
import static io.kiln.command.application.ApplicationTestData.PROJECT_ADMIN;
import static io.kiln.command.application.ApplicationTestData.SMALL;
import static io.kiln.command.application.ApplicationTestData.STRANGER;
import static io.kiln.command.application.ApplicationTestData.VIEWER;
import static io.kiln.command.application.ApplicationTestData.catalog;
import static io.kiln.command.application.ApplicationTestData.created;
import static io.kiln.command.application.ApplicationTestData.failed;
import static io.kiln.command.application.ApplicationTestData.history;
import static io.kiln.command.application.ApplicationTestData.projects;
import static io.kiln.command.application.ApplicationTestData.restarted;
import static io.kiln.command.application.ApplicationTestData.running;
import static io.kiln.command.application.ApplicationTestData.stopRequested;
import static io.kiln.command.application.ApplicationTestData.stopped;
import static io.kiln.command.application.ApplicationTestData.version;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.RestartApplicationCommand;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.workload.Resources;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationRestartTest {
  private static final RestartApplicationCommand RESTART = new RestartApplicationCommand(APP_ID);

  private final FakeProjectAccess projects = projects();
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private AggregateTestFixture<Application> fixture;

  @BeforeEach
  void setUp() {
    fixture = ApplicationTestData.fixture(projects, catalog(), quotas, new FakeApplicationSubdomains());
  }

  private TestExecutor<Application> given(ApplicationState state) {
    return fixture.given(history(state));
  }

  @Test
  void runningApplicationRestartsAsItsNextGenerationOnTheQuotaItHolds() {
    given(ApplicationState.RUNNING)
        .when(RESTART, Actors.user(ALICE))
        .expectEvents(restarted(2))
        .expectResultMessagePayload(2L);
    assertEquals(List.of(), quotas.granted());
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationState.class, names = {"STOPPED", "FAILED"})
  void applicationThatEndedStartsAgainOnItsOwnersQuota(ApplicationState state) {
    given(state)
        .when(RESTART, Actors.user(OPERATOR))
        .expectEvents(restarted(2))
        .expectResultMessagePayload(version(state) + 1);
    assertEquals(List.of(new Reservation(ALICE, SMALL)), quotas.granted());
  }

  @Test
  void generationsCountOnFromTheLatestRestart() {
    fixture.given(created(), running(), restarted(2), running(), stopRequested(), stopped())
        .when(RESTART, Actors.user(ALICE))
        .expectEvents(restarted(3))
        .expectResultMessagePayload(6L);
  }

  @Test
  void applicationThatEndedDoesNotStartAgainOverItsOwnersQuota() {
    quotas.limit(ALICE, new QuotaLimits(64_000, 262_144, 0)).hold("a-session", ALICE, new Resources(63_000, 1_024, 0,
        null));
    given(ApplicationState.STOPPED)
        .when(RESTART, Actors.user(PROJECT_ADMIN))
        .expectException(quotaExceeded("cpuMillis", 2_000, 63_000, 64_000))
        .expectExceptionMessage("Over your CPU quota: asked 2000 millicores, using 63000 of 64000 millicores")
        .expectNoEvents();
  }

  @Test
  void restartingWhileItStartsChangesNothing() {
    fixture.given(created(), running(), restarted(2))
        .when(RESTART, Actors.user(ALICE))
        .expectNoEvents()
        .expectResultMessagePayload(2L);
    assertEquals(List.of(), quotas.granted());
  }

  @Test
  void stoppingApplicationCannotRestartUntilItHasStopped() {
    given(ApplicationState.STOPPING)
        .when(RESTART, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void deletedApplicationIsNotFound() {
    given(ApplicationState.DELETED)
        .when(RESTART, Actors.admin(PLATFORM_ADMIN))
        .expectException(kilnError(ErrorCode.APPLICATION_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void platformAdminRestarts() {
    given(ApplicationState.RUNNING)
        .when(RESTART, Actors.admin(PLATFORM_ADMIN))
        .expectEvents(restarted(2));
  }

  @Test
  void viewerCannotRestart() {
    given(ApplicationState.RUNNING)
        .when(RESTART, Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void auditorCannotRestart() {
    given(ApplicationState.RUNNING)
        .when(RESTART, Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void strangerCannotSeeTheProject() {
    given(ApplicationState.FAILED)
        .when(RESTART, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
        .expectNoEvents();
    assertEquals(List.of(), quotas.granted());
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationState.class, names = {"RUNNING", "FAILED"})
  void archivedProjectRestartsNothing(ApplicationState state) {
    projects.archive(PROJECT);
    given(state)
        .when(RESTART, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
        .expectNoEvents();
  }

  @Test
  void failedApplicationRestartedAfterARestartKeepsCounting() {
    fixture.given(created(), restarted(2), failed("OOMKilled"))
        .when(RESTART, Actors.user(ALICE))
        .expectEvents(restarted(3));
  }

  @Test
  void commandWithoutActorIsUnauthenticated() {
    given(ApplicationState.RUNNING)
        .when(RESTART)
        .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
        .expectNoEvents();
  }
}

package io.kiln.command.session;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.session.SessionTestData.ALICE;
import static io.kiln.command.session.SessionTestData.AUDITOR;
import static io.kiln.command.session.SessionTestData.BOB;
import static io.kiln.command.session.SessionTestData.OPERATOR;
import static io.kiln.command.session.SessionTestData.PLATFORM_ADMIN;
import static io.kiln.command.session.SessionTestData.PROJECT;
import static io.kiln.command.session.SessionTestData.PROJECT_ADMIN;
import static io.kiln.command.session.SessionTestData.PROJECT_OWNER;
import static io.kiln.command.session.SessionTestData.SESSION_ID;
import static io.kiln.command.session.SessionTestData.STRANGER;
import static io.kiln.command.session.SessionTestData.T0;
import static io.kiln.command.session.SessionTestData.VIEWER;
import static io.kiln.command.session.SessionTestData.catalog;
import static io.kiln.command.session.SessionTestData.history;
import static io.kiln.command.session.SessionTestData.projects;
import static io.kiln.command.session.SessionTestData.restoreClock;
import static io.kiln.command.session.SessionTestData.stopRequested;
import static io.kiln.command.session.SessionTestData.version;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.project.Visibility;
import io.kiln.domain.session.SessionState;
import io.kiln.domain.session.SessionStopReason;
import io.kiln.domain.session.StopSessionCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionStopTest {
  private static final StopSessionCommand STOP = new StopSessionCommand(SESSION_ID);

  private final FakeProjectAccess projects = projects();
  private AggregateTestFixture<Session> fixture;

  @BeforeEach
  void setUp() {
    fixture = SessionTestData.fixture(projects, catalog(), new FakeQuotaLedger());
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  private TestExecutor<Session> given(SessionState state) {
    return fixture.givenCurrentTime(T0).andGiven(history(state));
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"SCHEDULING", "STARTING", "RUNNING"})
  void ownerStopsTheirSessionWhateverItsProgress(SessionState state) {
    given(state)
        .when(STOP, Actors.user(ALICE))
        .expectEvents(stopRequested(SessionStopReason.USER))
        .expectResultMessagePayload(version(state) + 1);
  }

  @Test
  void stoppingAgainWhileItStopsChangesNothing() {
    given(SessionState.STOPPING)
        .when(STOP, Actors.user(ALICE))
        .expectNoEvents()
        .expectResultMessagePayload(version(SessionState.STOPPING));
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"STOPPED", "FAILED"})
  void sessionThatHasEndedCannotBeStopped(SessionState state) {
    given(state)
        .when(STOP, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"STOPPED", "FAILED"})
  void projectAdminCannotStopASessionThatHasEndedEither(SessionState state) {
    given(state)
        .when(STOP, Actors.user(PROJECT_ADMIN))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @ParameterizedTest
  @ValueSource(strings = {PROJECT_ADMIN, PROJECT_OWNER})
  void projectAdminAndOwnerStopOtherPeoplesSessions(String member) {
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(member))
        .expectEvents(stopRequested(SessionStopReason.USER))
        .expectResultMessagePayload(3L);
  }

  @Test
  void platformAdminStopsAnySession() {
    given(SessionState.RUNNING)
        .when(STOP, Actors.admin(PLATFORM_ADMIN))
        .expectEvents(stopRequested(SessionStopReason.USER));
  }

  @ParameterizedTest
  @ValueSource(strings = {BOB, OPERATOR, VIEWER})
  void otherMembersCannotStopSomeoneElsesSession(String member) {
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(member))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void auditorCannotStopSessions() {
    given(SessionState.RUNNING)
        .when(STOP, Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void strangerCannotSeeTheProject() {
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void strangerWhoSeesAPublicProjectCannotStopItsSessions() {
    projects.visibility(PROJECT, Visibility.PUBLIC);
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void ownerWhoNoLongerSeesThePrivateProjectFindsNoSession() {
    projects.remove(PROJECT, ALICE);
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.SESSION_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void ownerWhoLeftAPublicProjectStillStopsTheirSession() {
    projects.remove(PROJECT, ALICE).visibility(PROJECT, Visibility.PUBLIC);
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(ALICE))
        .expectEvents(stopRequested(SessionStopReason.USER));
  }

  @Test
  void ownerStopsTheirSessionInAnArchivedProject() {
    projects.archive(PROJECT);
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(ALICE))
        .expectEvents(stopRequested(SessionStopReason.USER));
  }

  @Test
  void projectAdminCannotStopOtherPeoplesSessionsInAnArchivedProject() {
    projects.archive(PROJECT);
    given(SessionState.RUNNING)
        .when(STOP, Actors.user(PROJECT_ADMIN))
        .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED))
        .expectNoEvents();
  }

  @Test
  void commandWithoutActorIsUnauthenticated() {
    given(SessionState.RUNNING)
        .when(STOP)
        .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
        .expectNoEvents();
  }
}

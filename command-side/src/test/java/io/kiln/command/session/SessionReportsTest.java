package io.kiln.command.session;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.session.SessionTestData.ALICE;
import static io.kiln.command.session.SessionTestData.AUDITOR;
import static io.kiln.command.session.SessionTestData.EFFECTOR;
import static io.kiln.command.session.SessionTestData.PLATFORM_ADMIN;
import static io.kiln.command.session.SessionTestData.PROJECT_OWNER;
import static io.kiln.command.session.SessionTestData.SESSION_ID;
import static io.kiln.command.session.SessionTestData.T0;
import static io.kiln.command.session.SessionTestData.URL;
import static io.kiln.command.session.SessionTestData.catalog;
import static io.kiln.command.session.SessionTestData.failed;
import static io.kiln.command.session.SessionTestData.history;
import static io.kiln.command.session.SessionTestData.projects;
import static io.kiln.command.session.SessionTestData.restoreClock;
import static io.kiln.command.session.SessionTestData.running;
import static io.kiln.command.session.SessionTestData.starting;
import static io.kiln.command.session.SessionTestData.stopped;
import static io.kiln.command.session.SessionTestData.version;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.session.RecordSessionActivityCommand;
import io.kiln.domain.session.ReportSessionFailedCommand;
import io.kiln.domain.session.ReportSessionRunningCommand;
import io.kiln.domain.session.ReportSessionStartingCommand;
import io.kiln.domain.session.ReportSessionStoppedCommand;
import io.kiln.domain.session.SessionState;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the cluster observed, reported by Kiln's effector: a state only moves forward, and reports repeat safely. */
class SessionReportsTest {
  private static final Map<String, Object> EFFECTOR_ACTOR = Actors.admin(EFFECTOR);
  private static final ReportSessionStartingCommand REPORT_STARTING = new ReportSessionStartingCommand(SESSION_ID);
  private static final ReportSessionRunningCommand REPORT_RUNNING = new ReportSessionRunningCommand(SESSION_ID, URL);
  private static final ReportSessionStoppedCommand REPORT_STOPPED = new ReportSessionStoppedCommand(SESSION_ID);

  private AggregateTestFixture<Session> fixture;

  @BeforeEach
  void setUp() {
    fixture = SessionTestData.fixture(projects(), catalog(), new FakeQuotaLedger());
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  private TestExecutor<Session> given(SessionState state) {
    return fixture.givenCurrentTime(T0).andGiven(history(state));
  }

  private static ReportSessionFailedCommand reportFailed(String reason) {
    return new ReportSessionFailedCommand(SESSION_ID, reason);
  }

  @Test
  void scheduledSessionIsStarting() {
    given(SessionState.SCHEDULING)
        .when(REPORT_STARTING, EFFECTOR_ACTOR)
        .expectEvents(starting())
        .expectResultMessagePayload(1L);
  }

  @Test
  void startingSessionIsRunningAtItsUrl() {
    given(SessionState.STARTING)
        .when(REPORT_RUNNING, EFFECTOR_ACTOR)
        .expectEvents(running())
        .expectResultMessagePayload(2L);
  }

  @Test
  void scheduledSessionMayBeReportedRunningAtOnce() {
    given(SessionState.SCHEDULING)
        .when(REPORT_RUNNING, EFFECTOR_ACTOR)
        .expectEvents(running())
        .expectResultMessagePayload(1L);
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"SCHEDULING", "STARTING", "RUNNING", "STOPPING"})
  void sessionThatHasNotEndedIsStopped(SessionState state) {
    given(state)
        .when(REPORT_STOPPED, EFFECTOR_ACTOR)
        .expectEvents(stopped())
        .expectResultMessagePayload(version(state) + 1);
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"SCHEDULING", "STARTING", "RUNNING", "STOPPING"})
  void sessionThatHasNotEndedFails(SessionState state) {
    given(state)
        .when(reportFailed("ImagePullBackOff"), EFFECTOR_ACTOR)
        .expectEvents(failed("ImagePullBackOff"))
        .expectResultMessagePayload(version(state) + 1);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void failureWithoutReasonIsUnknown(String reason) {
    given(SessionState.RUNNING)
        .when(reportFailed(reason), EFFECTOR_ACTOR)
        .expectEvents(failed("unknown"));
  }

  @Test
  void failureReasonIsCutAt1000Characters() {
    given(SessionState.RUNNING)
        .when(reportFailed("x".repeat(1_000) + "tail"), EFFECTOR_ACTOR)
        .expectEvents(failed("x".repeat(1_000)));
  }

  @Test
  void failureReasonOf1000CharactersIsKeptWhole() {
    String reason = "y".repeat(1_000);
    given(SessionState.RUNNING)
        .when(reportFailed(reason), EFFECTOR_ACTOR)
        .expectEvents(failed(reason));
  }

  /** Reports that are repeated, or that arrive after the session has moved on: each changes nothing. */
  static Stream<Arguments> staleOrRepeatedReports() {
    return Stream.of(
        args(SessionState.STARTING, REPORT_STARTING),
        args(SessionState.RUNNING, REPORT_STARTING),
        args(SessionState.STOPPING, REPORT_STARTING),
        args(SessionState.STOPPED, REPORT_STARTING),
        args(SessionState.FAILED, REPORT_STARTING),
        args(SessionState.RUNNING, REPORT_RUNNING),
        args(SessionState.STOPPING, REPORT_RUNNING),
        args(SessionState.STOPPED, REPORT_RUNNING),
        args(SessionState.FAILED, REPORT_RUNNING),
        args(SessionState.STOPPED, REPORT_STOPPED),
        args(SessionState.FAILED, REPORT_STOPPED),
        args(SessionState.STOPPED, reportFailed("late")),
        args(SessionState.FAILED, reportFailed("again")));
  }

  private static Arguments args(SessionState state, Object report) {
    return Arguments.of(state, report.getClass().getSimpleName(), report);
  }

  @ParameterizedTest(name = "{1} when {0}")
  @MethodSource("staleOrRepeatedReports")
  void staleOrRepeatedReportChangesNothing(SessionState state, String what, Object report) {
    given(state)
        .when(report, EFFECTOR_ACTOR)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(version(state));
  }

  @Test
  void platformAdminMayReport() {
    given(SessionState.SCHEDULING)
        .when(REPORT_STARTING, Actors.admin(PLATFORM_ADMIN))
        .expectEvents(starting());
  }

  static Stream<Object> everyReport() {
    return Stream.of(REPORT_STARTING, REPORT_RUNNING, REPORT_STOPPED, reportFailed("OOMKilled"),
        new RecordSessionActivityCommand(SESSION_ID, null));
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void sessionOwnerCannotReport(Object report) {
    given(SessionState.SCHEDULING)
        .when(report, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void projectOwnerCannotReport(Object report) {
    given(SessionState.SCHEDULING)
        .when(report, Actors.user(PROJECT_OWNER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void auditorCannotReport(Object report) {
    given(SessionState.SCHEDULING)
        .when(report, Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void reportWithoutActorIsUnauthenticated(Object report) {
    given(SessionState.SCHEDULING)
        .when(report)
        .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
        .expectNoEvents();
  }
}

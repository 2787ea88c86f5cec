package io.kiln.command.application;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.application.ApplicationTestData.ALICE;
import static io.kiln.command.application.ApplicationTestData.APP_ID;
import static io.kiln.command.application.ApplicationTestData.AUDITOR;
import static io.kiln.command.application.ApplicationTestData.EFFECTOR;
import static io.kiln.command.application.ApplicationTestData.PLATFORM_ADMIN;
import static io.kiln.command.application.ApplicationTestData.PROJECT_OWNER;
import static io.kiln.command.application.ApplicationTestData.URL;
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

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.ReportApplicationFailedCommand;
import io.kiln.domain.application.ReportApplicationRunningCommand;
import io.kiln.domain.application.ReportApplicationStoppedCommand;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the cluster observed of an application, about one generation of it (none named: the current one). */
class ApplicationReportsTest {
  private static final Map<String, Object> EFFECTOR_ACTOR = Actors.admin(EFFECTOR);

  private AggregateTestFixture<Application> fixture;

  @BeforeEach
  void setUp() {
    fixture = ApplicationTestData.fixture(projects(), catalog(), new FakeQuotaLedger(),
        new FakeApplicationSubdomains());
  }

  private TestExecutor<Application> given(ApplicationState state) {
    return fixture.given(history(state));
  }

  /** Running in its first generation, then restarted as generation 2: STARTING again, version 2. */
  private TestExecutor<Application> givenRestarted() {
    return fixture.given(created(), running(), restarted(2));
  }

  private static ReportApplicationRunningCommand reportRunning(Integer generation) {
    return new ReportApplicationRunningCommand(APP_ID, URL, generation);
  }

  private static ReportApplicationStoppedCommand reportStopped(Integer generation) {
    return new ReportApplicationStoppedCommand(APP_ID, generation);
  }

  private static ReportApplicationFailedCommand reportFailed(String reason, Integer generation) {
    return new ReportApplicationFailedCommand(APP_ID, reason, generation);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 0})
  void startingApplicationIsRunning(int generation) {
    given(ApplicationState.STARTING)
        .when(reportRunning(generation == 0 ? null : generation), EFFECTOR_ACTOR)
        .expectEvents(running())
        .expectResultMessagePayload(1L);
  }

  @Test
  void restartedApplicationIsRunningWhenItsNewGenerationIs() {
    givenRestarted()
        .when(reportRunning(2), EFFECTOR_ACTOR)
        .expectEvents(running())
        .expectResultMessagePayload(3L);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationState.class, names = {"STARTING", "RUNNING", "STOPPING"})
  void activeApplicationIsStopped(ApplicationState state) {
    given(state)
        .when(reportStopped(1), EFFECTOR_ACTOR)
        .expectEvents(stopped())
        .expectResultMessagePayload(version(state) + 1);
  }

  @ParameterizedTest
  @EnumSource(value = ApplicationState.class, names = {"STARTING", "RUNNING", "STOPPING"})
  void activeApplicationFails(ApplicationState state) {
    given(state)
        .when(reportFailed("CrashLoopBackOff", null), EFFECTOR_ACTOR)
        .expectEvents(failed("CrashLoopBackOff"))
        .expectResultMessagePayload(version(state) + 1);
  }

  @Test
  void restartedApplicationFailsWhenItsNewGenerationDoes() {
    givenRestarted()
        .when(reportFailed("ImagePullBackOff", 2), EFFECTOR_ACTOR)
        .expectEvents(failed("ImagePullBackOff"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void failureWithoutReasonIsUnknown(String reason) {
    given(ApplicationState.RUNNING)
        .when(reportFailed(reason, 1), EFFECTOR_ACTOR)
        .expectEvents(failed("unknown"));
  }

  @Test
  void failureReasonIsCutAt1000Characters() {
    given(ApplicationState.RUNNING)
        .when(reportFailed("r".repeat(1_001), 1), EFFECTOR_ACTOR)
        .expectEvents(failed("r".repeat(1_000)));
  }

  /** Reports about an earlier (or another) generation than the current one: the old pods going away, say. */
  static Stream<Arguments> reportsAboutAnotherGeneration() {
    return Stream.of(
        Arguments.of("running of generation 1", reportRunning(1)),
        Arguments.of("running of generation 3", reportRunning(3)),
        Arguments.of("stopped of generation 1", reportStopped(1)),
        Arguments.of("failed of generation 1", reportFailed("Evicted", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportsAboutAnotherGeneration")
  void reportAboutAnotherGenerationIsStale(String what, Object report) {
    givenRestarted()
        .when(report, EFFECTOR_ACTOR)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(2L);
  }

  /** Reports that are repeated or come too late for the state the application is in. */
  static Stream<Arguments> staleOrRepeatedReports() {
    return Stream.of(
        Arguments.of(ApplicationState.RUNNING, reportRunning(1)),
        Arguments.of(ApplicationState.STOPPING, reportRunning(1)),
        Arguments.of(ApplicationState.STOPPED, reportRunning(null)),
        Arguments.of(ApplicationState.FAILED, reportRunning(1)),
        Arguments.of(ApplicationState.STOPPED, reportStopped(1)),
        Arguments.of(ApplicationState.FAILED, reportStopped(null)),
        Arguments.of(ApplicationState.STOPPED, reportFailed("late", 1)),
        Arguments.of(ApplicationState.FAILED, reportFailed("again", null)),
        Arguments.of(ApplicationState.DELETED, reportRunning(1)),
        Arguments.of(ApplicationState.DELETED, reportStopped(1)),
        Arguments.of(ApplicationState.DELETED, reportFailed("gone", null)));
  }

  @ParameterizedTest(name = "{1} when {0}")
  @MethodSource("staleOrRepeatedReports")
  void staleOrRepeatedReportChangesNothing(ApplicationState state, Object report) {
    given(state)
        .when(report, EFFECTOR_ACTOR)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(version(state));
  }

  @Test
  void stoppedReportOfTheCurrentGenerationEndsARestartedApplication() {
    fixture.given(created(), running(), restarted(2), running(), stopRequested())
        .when(reportStopped(2), EFFECTOR_ACTOR)
        .expectEvents(stopped())
        .expectResultMessagePayload(5L);
  }

  @Test
  void platformAdminMayReport() {
    given(ApplicationState.STARTING)
        .when(reportRunning(1), Actors.admin(PLATFORM_ADMIN))
        .expectEvents(running());
  }

  static Stream<Object> everyReport() {
    return Stream.of(reportRunning(1), reportStopped(1), reportFailed("OOMKilled", 1));
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void ownerCannotReport(Object report) {
    given(ApplicationState.STARTING)
        .when(report, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void projectOwnerCannotReport(Object report) {
    given(ApplicationState.STARTING)
        .when(report, Actors.user(PROJECT_OWNER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void auditorCannotReport(Object report) {
    given(ApplicationState.STARTING)
        .when(report, Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void reportWithoutActorIsUnauthenticated(Object report) {
    given(ApplicationState.STARTING)
        .when(report)
        .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
        .expectNoEvents();
  }
}

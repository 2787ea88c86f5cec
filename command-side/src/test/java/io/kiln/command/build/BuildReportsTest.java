package io.kiln.command.build;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.build.BuildTestData.AUDITOR;
import static io.kiln.command.build.BuildTestData.BUILD;
import static io.kiln.command.build.BuildTestData.BUILD_ID;
import static io.kiln.command.build.BuildTestData.DIGEST;
import static io.kiln.command.build.BuildTestData.EFFECTOR;
import static io.kiln.command.build.BuildTestData.IMAGE;
import static io.kiln.command.build.BuildTestData.MODEL;
import static io.kiln.command.build.BuildTestData.PLATFORM_ADMIN;
import static io.kiln.command.build.BuildTestData.PROJECT;
import static io.kiln.command.build.BuildTestData.PROJECT_OWNER;
import static io.kiln.command.build.BuildTestData.admitted;
import static io.kiln.command.build.BuildTestData.failed;
import static io.kiln.command.build.BuildTestData.history;
import static io.kiln.command.build.BuildTestData.pushing;
import static io.kiln.command.build.BuildTestData.requested;
import static io.kiln.command.build.BuildTestData.restoreClock;
import static io.kiln.command.build.BuildTestData.running;
import static io.kiln.command.build.BuildTestData.succeeded;
import static io.kiln.command.build.BuildTestData.timedOut;
import static io.kiln.command.build.BuildTestData.version;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.ReportBuildFailedCommand;
import io.kiln.domain.build.ReportBuildPushingCommand;
import io.kiln.domain.build.ReportBuildRunningCommand;
import io.kiln.domain.build.ReportBuildSucceededCommand;
import io.kiln.domain.catalog.Editor;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the cluster observed of a build: states only move forward, repeats change nothing. */
class BuildReportsTest {
  private static final Map<String, Object> EFFECTOR_ACTOR = Actors.admin(EFFECTOR);
  private static final ReportBuildRunningCommand RUNNING = new ReportBuildRunningCommand(BUILD_ID);
  private static final ReportBuildPushingCommand PUSHING = new ReportBuildPushingCommand(BUILD_ID);
  private static final ReportBuildSucceededCommand SUCCEEDED = new ReportBuildSucceededCommand(BUILD_ID, IMAGE,
      DIGEST);

  private AggregateTestFixture<Build> fixture;

  @BeforeEach
  void setUp() {
    fixture = BuildTestData.fixture();
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  private ResultValidator<Build> report(BuildState state, Object command) {
    return fixture.given(history(state)).when(command, EFFECTOR_ACTOR);
  }

  private static ReportBuildFailedCommand failure(String reason, String logTail) {
    return new ReportBuildFailedCommand(BUILD_ID, reason, logTail, false);
  }

  @Test
  void admittedBuildRuns() {
    fixture.given(requested(), admitted())
        .when(RUNNING, EFFECTOR_ACTOR)
        .expectEvents(running())
        .expectResultMessagePayload(2L);
  }

  @Test
  void runningBuildPushes() {
    report(BuildState.RUNNING, PUSHING).expectEvents(pushing()).expectResultMessagePayload(3L);
  }

  @Test
  void pushedImageSucceedsWithWhatItsConsumersNeed() {
    report(BuildState.PUSHING, SUCCEEDED).expectEvents(succeeded()).expectResultMessagePayload(4L);
  }

  @Test
  void modelBuildSucceedsNamingItsModel() {
    var requested = new BuildRequestedEvent(BUILD, PROJECT, BuildTestData.ALICE, BuildKind.MODEL, "churn-model",
        BuildTestData.SOURCE, BuildTestData.RUNTIME, BuildTestData.BASE_IMAGE, Editor.JUPYTERLAB, null,
        BuildTestData.RECIPE, MODEL, IMAGE, 3_600, BuildTestData.T0);
    fixture.given(requested, admitted(), running())
        .when(SUCCEEDED, EFFECTOR_ACTOR)
        .expectEvents(new BuildSucceededEvent(BUILD, PROJECT, BuildKind.MODEL, "churn-model", MODEL, IMAGE, DIGEST,
            Editor.JUPYTERLAB, null))
        .expectResultMessagePayload(3L);
  }

  @Test
  void runningBuildMaySucceedWithoutAPushingReport() {
    report(BuildState.RUNNING, SUCCEEDED).expectEvents(succeeded()).expectResultMessagePayload(3L);
  }

  @Test
  void failureKeepsTheReasonAndTheLogTail() {
    report(BuildState.RUNNING, failure("exit code 1", "ERROR: no matching dist"))
        .expectEvents(failed("exit code 1", "ERROR: no matching dist"))
        .expectResultMessagePayload(3L);
  }

  @Test
  void failureKeepsOnlyTheLast8192CharactersOfTheLog() {
    String end = "0123456789abcdef".repeat(512);
    report(BuildState.RUNNING, failure("exit code 1", "head of a long log\n" + end))
        .expectEvents(failed("exit code 1", end));
  }

  @Test
  void logOfExactly8192CharactersIsKeptWhole() {
    String log = "x".repeat(8192);
    report(BuildState.PUSHING, failure("push denied", log)).expectEvents(failed("push denied", log));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void failureWithoutAReasonIsUnknown(String reason) {
    report(BuildState.RUNNING, failure(reason, null)).expectEvents(failed("unknown", null));
  }

  @Test
  void longReasonIsCutTo1000Characters() {
    report(BuildState.RUNNING, failure("r".repeat(1001), null)).expectEvents(failed("r".repeat(1000), null));
  }

  @Test
  void waitingBuildMayFail() {
    report(BuildState.QUEUED, failure("source not found", null))
        .expectEvents(failed("source not found", null))
        .expectResultMessagePayload(1L);
  }

  @Test
  void timeoutReportedByTheClusterKeepsTheLogTailAndNoReason() {
    String end = "y".repeat(8192);
    report(BuildState.RUNNING, new ReportBuildFailedCommand(BUILD_ID, "deadline exceeded", "z" + end, true))
        .expectEvents(timedOut(end))
        .expectResultMessagePayload(3L);
  }

  static Stream<Arguments> staleReports() {
    return Stream.of(
        Arguments.of(BuildState.RUNNING, RUNNING),
        Arguments.of(BuildState.PUSHING, RUNNING),
        Arguments.of(BuildState.PUSHING, PUSHING),
        Arguments.of(BuildState.SUCCEEDED, SUCCEEDED),
        Arguments.of(BuildState.SUCCEEDED, failure("late", null)),
        Arguments.of(BuildState.FAILED, failure("again", null)),
        Arguments.of(BuildState.FAILED, SUCCEEDED),
        Arguments.of(BuildState.FAILED, RUNNING),
        Arguments.of(BuildState.TIMEDOUT, new ReportBuildFailedCommand(BUILD_ID, null, null, true)),
        Arguments.of(BuildState.TIMEDOUT, PUSHING),
        Arguments.of(BuildState.CANCELLED, RUNNING),
        Arguments.of(BuildState.CANCELLED, SUCCEEDED),
        Arguments.of(BuildState.CANCELLED, failure("killed", null)));
  }

  @ParameterizedTest
  @MethodSource("staleReports")
  void reportThatWouldNotMoveTheBuildForwardChangesNothing(BuildState state, Object command) {
    report(state, command).expectNoEvents().expectResultMessagePayload(version(state));
  }

  @Test
  void platformAdminMayReport() {
    fixture.given(history(BuildState.RUNNING))
        .when(PUSHING, Actors.admin(PLATFORM_ADMIN))
        .expectEvents(pushing());
  }

  static Stream<Object> reports() {
    return Stream.of(RUNNING, PUSHING, SUCCEEDED, failure("x", null));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void projectOwnerMayNotReport(Object command) {
    fixture.given(history(BuildState.RUNNING))
        .when(command, Actors.user(PROJECT_OWNER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void auditorMayNotReport(Object command) {
    fixture.given(history(BuildState.RUNNING))
        .when(command, Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "sha256:", "sha256:0123", "md5:0123456789abcdef0123456789abcdef",
      "SHA256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg"})
  void successNeedsASha256Digest(String digest) {
    report(BuildState.PUSHING, new ReportBuildSucceededCommand(BUILD_ID, IMAGE, digest))
        .expectException(invalidField("digest"))
        .expectNoEvents();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void successNeedsAnImage(String image) {
    report(BuildState.PUSHING, new ReportBuildSucceededCommand(BUILD_ID, image, DIGEST))
        .expectException(invalidField("image"))
        .expectNoEvents();
  }

  @Test
  void imageReferenceLongerThan512CharactersIsRefused() {
    report(BuildState.PUSHING, new ReportBuildSucceededCommand(BUILD_ID, "r/" + "i".repeat(511), DIGEST))
        .expectException(invalidField("image"))
        .expectNoEvents();
  }

  @Test
  void imageReferenceOf512CharactersIsTaken() {
    String image = "r/" + "i".repeat(510);
    report(BuildState.PUSHING, new ReportBuildSucceededCommand(BUILD_ID, image, DIGEST))
        .expectEvents(new BuildSucceededEvent(BUILD, PROJECT, BuildKind.RUNTIME, BuildTestData.NAME, null, image,
            DIGEST, Editor.JUPYTERLAB, BuildTestData.KERNEL));
  }
}

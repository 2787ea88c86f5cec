package io.kiln.command.build;

import static io.kiln.command.build.BuildTestData.ALICE;
import static io.kiln.command.build.BuildTestData.BUILD_ID;
import static io.kiln.command.build.BuildTestData.EFFECTOR;
import static io.kiln.command.build.BuildTestData.T0;
import static io.kiln.command.build.BuildTestData.admitted;
import static io.kiln.command.build.BuildTestData.cancelled;
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
import io.kiln.domain.build.AdmitBuildCommand;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.ReportBuildFailedCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The queue admits a waiting build, which from then on has the timeout of the settings (60 minutes) to end. */
@Timeout(30)
class BuildAdmissionTest {
  private static final AdmitBuildCommand ADMIT = new AdmitBuildCommand(BUILD_ID);
  private static final Instant TIMEOUT_AT = T0.plus(Duration.ofMinutes(60));

  private AggregateTestFixture<Build> fixture;

  @BeforeEach
  void setUp() {
    fixture = BuildTestData.fixture();
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  @Nested
  class Admit {
    @Test
    void queueAdmitsWaitingBuildWithoutAnActorAndItsTimeoutStarts() {
      fixture.givenCurrentTime(T0)
          .andGiven(requested())
          .when(ADMIT)
          .expectEvents(admitted())
          .expectResultMessagePayload(1L)
          .expectScheduledDeadlineWithName(TIMEOUT_AT, Build.TIMEOUT);
    }

    @Test
    void timeoutCountsFromAdmissionNotFromTheRequest() {
      fixture.givenCurrentTime(T0)
          .andGiven(requested())
          .andGivenCurrentTime(T0.plus(Duration.ofMinutes(25)))
          .when(ADMIT)
          .expectEvents(admitted())
          .expectScheduledDeadlineWithName(TIMEOUT_AT.plus(Duration.ofMinutes(25)), Build.TIMEOUT);
    }

    @Test
    void admittingAgainChangesNothingAndSchedulesNoSecondTimeout() {
      fixture.givenCurrentTime(T0)
          .andGiven(requested(), admitted())
          .when(ADMIT)
          .expectNoEvents()
          .expectResultMessagePayload(1L)
          .expectNoScheduledDeadlines();
    }

    /** The queue may dispatch a build cancelled while it waited before it hears of the cancellation. */
    @ParameterizedTest
    @EnumSource(value = BuildState.class, names = "QUEUED", mode = EnumSource.Mode.EXCLUDE)
    void buildNoLongerWaitingIsNotAdmitted(BuildState state) {
      fixture.givenCurrentTime(T0)
          .andGiven(history(state))
          .when(ADMIT)
          .expectNoEvents()
          .expectResultMessagePayload(version(state))
          .expectNoScheduledDeadlines();
    }
  }

  @Nested
  class TimeoutDeadline {
    /** Requested and admitted at {@link BuildTestData#T0} through the command, so that the deadline is scheduled. */
    private TestExecutor<Build> admittedWith(Object... events) {
      return fixture.givenCurrentTime(T0)
          .andGiven(requested())
          .andGivenCommands(GenericCommandMessage.asCommandMessage(ADMIT))
          .andGiven(events);
    }

    @Test
    void runningBuildTimesOutWhenItsTimeoutHasPassed() {
      admittedWith(running())
          .whenThenTimeElapses(Duration.ofMinutes(60))
          .expectEvents(timedOut(null))
          .expectTriggeredDeadlinesWithName(Build.TIMEOUT);
    }

    @Test
    void admittedBuildTheClusterNeverStartedTimesOutToo() {
      admittedWith()
          .whenThenTimeElapses(Duration.ofMinutes(60))
          .expectEvents(timedOut(null));
    }

    @Test
    void pushingBuildTimesOut() {
      admittedWith(running(), pushing())
          .whenThenTimeElapses(Duration.ofMinutes(60))
          .expectEvents(timedOut(null));
    }

    @Test
    void buildWithinItsTimeoutKeepsRunning() {
      admittedWith(running())
          .whenThenTimeElapses(Duration.ofMinutes(59).plusSeconds(59))
          .expectNoEvents()
          .expectTriggeredDeadlinesWithName()
          .expectScheduledDeadlineWithName(TIMEOUT_AT, Build.TIMEOUT);
    }

    static Stream<Arguments> endings() {
      return Stream.of(
          Arguments.of((Object) new Object[] {running(), pushing(), succeeded()}),
          Arguments.of((Object) new Object[] {running(), failed("exit code 1", null)}),
          Arguments.of((Object) new Object[] {running(), timedOut("killed")}),
          Arguments.of((Object) new Object[] {running(), cancelled(ALICE)}));
    }

    @ParameterizedTest
    @MethodSource("endings")
    void buildThatEndedBeforeItsTimeoutIsLeftAsItEnded(Object[] events) {
      admittedWith(events)
          .whenThenTimeElapses(Duration.ofMinutes(60))
          .expectNoEvents()
          .expectTriggeredDeadlinesWithName(Build.TIMEOUT);
    }

    @Test
    void waitingBuildHasNoTimeout() {
      fixture.givenCurrentTime(T0)
          .andGiven(requested())
          .whenThenTimeElapses(Duration.ofDays(2))
          .expectNoEvents()
          .expectTriggeredDeadlinesWithName();
    }

    @Test
    void effectorReportingTheTimeoutFirstLeavesTheDeadlineNothingToDo() {
      admittedWith(running())
          .andGivenCommands(GenericCommandMessage.asCommandMessage(
              new ReportBuildFailedCommand(BUILD_ID, null, "tail", true))
              .andMetaData(Actors.admin(EFFECTOR)))
          .whenThenTimeElapses(Duration.ofMinutes(60))
          .expectNoEvents()
          .expectTriggeredDeadlinesWithName(Build.TIMEOUT);
    }
  }
}

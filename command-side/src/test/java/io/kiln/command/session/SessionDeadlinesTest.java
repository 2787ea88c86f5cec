package io.kiln.command.session;

import static io.kiln.command.session.SessionTestData.ALICE;
import static io.kiln.command.session.SessionTestData.PROFILE;
import static io.kiln.command.session.SessionTestData.PROJECT;
import static io.kiln.command.session.SessionTestData.RUNTIME;
import static io.kiln.command.session.SessionTestData.T0;
import static io.kiln.command.session.SessionTestData.activity;
import static io.kiln.command.session.SessionTestData.catalog;
import static io.kiln.command.session.SessionTestData.history;
import static io.kiln.command.session.SessionTestData.projects;
import static io.kiln.command.session.SessionTestData.restoreClock;
import static io.kiln.command.session.SessionTestData.running;
import static io.kiln.command.session.SessionTestData.start;
import static io.kiln.command.session.SessionTestData.starting;
import static io.kiln.command.session.SessionTestData.stopRequested;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.session.SessionState;
import io.kiln.domain.session.SessionStopReason;
import io.kiln.domain.session.StartSessionCommand;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Idle culling and the maximum duration, in simulated time; Alice starts her session at {@link SessionTestData#T0}. */
@Timeout(30)
class SessionDeadlinesTest {
  private static final Instant MAX_END = T0.plus(Duration.ofDays(7));

  private AggregateTestFixture<Session> fixture;

  @BeforeEach
  void setUp() {
    fixture = SessionTestData.fixture(projects(), catalog(), new FakeQuotaLedger());
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  /** Started through its command, so that its deadlines are scheduled, then the given events. */
  private TestExecutor<Session> startedWith(StartSessionCommand start, Object... events) {
    return fixture.givenCurrentTime(T0)
        .andGivenCommands(GenericCommandMessage.asCommandMessage(start).andMetaData(Actors.user(ALICE)))
        .andGiven(events);
  }

  private TestExecutor<Session> started(Object... events) {
    return startedWith(start(), events);
  }

  @Test
  void sessionWithoutActivityIsAskedToStopWhenItsIdleTimeoutHasPassed() {
    started(starting(), running())
        .whenThenTimeElapses(Duration.ofMinutes(60))
        .expectEvents(stopRequested(SessionStopReason.IDLE_TIMEOUT))
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK);
  }

  @Test
  void sessionIdleForLessThanItsTimeoutKeepsRunning() {
    started(starting(), running())
        .whenThenTimeElapses(Duration.ofMinutes(59).plusSeconds(59))
        .expectNoEvents()
        .expectTriggeredDeadlinesWithName()
        .expectScheduledDeadlineWithName(T0.plus(Duration.ofMinutes(60)), Session.IDLE_CHECK)
        .expectScheduledDeadlineWithName(MAX_END, Session.MAX_DURATION);
  }

  @Test
  void chosenIdleTimeoutIsTheOneThatCounts() {
    startedWith(start(PROJECT, RUNTIME, PROFILE, "Exploration", 15), starting(), running())
        .whenThenTimeElapses(Duration.ofMinutes(15))
        .expectEvents(stopRequested(SessionStopReason.IDLE_TIMEOUT));
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"SCHEDULING", "STARTING"})
  void sessionStuckComingUpIsCulledLikeAnIdleOne(SessionState state) {
    started(history(state).subList(1, history(state).size()).toArray())
        .whenThenTimeElapses(Duration.ofMinutes(60))
        .expectEvents(stopRequested(SessionStopReason.IDLE_TIMEOUT));
  }

  @Test
  void activityPutsOffTheIdleCheckUntilItsTimeoutHasPassedSinceTheActivity() {
    started(starting(), running(), activity(T0.plus(Duration.ofMinutes(30))))
        .whenThenTimeElapses(Duration.ofMinutes(60))
        .expectNoEvents()
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK)
        .expectScheduledDeadlineWithName(T0.plus(Duration.ofMinutes(90)), Session.IDLE_CHECK);
  }

  @Test
  void sessionIdleSinceItsLastActivityIsAskedToStop() {
    started(starting(), running(), activity(T0.plus(Duration.ofMinutes(30))))
        .whenThenTimeAdvancesTo(T0.plus(Duration.ofMinutes(90)))
        .expectEvents(stopRequested(SessionStopReason.IDLE_TIMEOUT))
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK, Session.IDLE_CHECK);
  }

  @Test
  void onlyTheLatestActivityCounts() {
    started(starting(), running(), activity(T0.plus(Duration.ofMinutes(30))),
        activity(T0.plus(Duration.ofMinutes(75))))
        .whenThenTimeAdvancesTo(T0.plus(Duration.ofMinutes(134)))
        .expectNoEvents()
        .expectScheduledDeadlineWithName(T0.plus(Duration.ofMinutes(135)), Session.IDLE_CHECK);
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"STOPPING", "STOPPED", "FAILED"})
  void idleCheckLeavesASessionOnItsWayOutAlone(SessionState state) {
    started(history(state).subList(1, history(state).size()).toArray())
        .whenThenTimeElapses(Duration.ofMinutes(60))
        .expectNoEvents()
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK)
        .expectNoScheduledDeadlineWithName(T0.plus(Duration.ofMinutes(60)), Session.IDLE_CHECK);
  }

  @Test
  void activeSessionIsAskedToStopAtTheMaximumDuration() {
    startedWith(start(PROJECT, RUNTIME, PROFILE, "Exploration", 1_440), starting(), running(),
        activity(MAX_END.minus(Duration.ofHours(1))))
        .whenThenTimeAdvancesTo(MAX_END)
        .expectEvents(stopRequested(SessionStopReason.MAX_DURATION))
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK, Session.MAX_DURATION);
  }

  @Test
  void activeSessionRunsUntilJustBeforeTheMaximumDuration() {
    startedWith(start(PROJECT, RUNTIME, PROFILE, "Exploration", 1_440), starting(), running(),
        activity(MAX_END.minus(Duration.ofHours(1))))
        .whenThenTimeAdvancesTo(MAX_END.minusSeconds(1))
        .expectNoEvents()
        .expectScheduledDeadlineWithName(MAX_END, Session.MAX_DURATION);
  }

  @Test
  void sessionCulledForIdlenessIsNotAskedToStopAgainAtTheMaximumDuration() {
    started(starting(), running())
        .whenThenTimeAdvancesTo(MAX_END)
        .expectEvents(stopRequested(SessionStopReason.IDLE_TIMEOUT))
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK, Session.MAX_DURATION);
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"STOPPING", "STOPPED", "FAILED"})
  void maximumDurationLeavesASessionOnItsWayOutAlone(SessionState state) {
    startedWith(start(PROJECT, RUNTIME, PROFILE, "Exploration", 1_440),
        history(state).subList(1, history(state).size()).toArray())
        .whenThenTimeAdvancesTo(MAX_END)
        .expectNoEvents()
        .expectTriggeredDeadlinesWithName(Session.IDLE_CHECK, Session.MAX_DURATION);
  }
}

package io.kiln.command.session;

import static io.kiln.command.session.SessionTestData.EFFECTOR;
import static io.kiln.command.session.SessionTestData.PLATFORM_ADMIN;
import static io.kiln.command.session.SessionTestData.SESSION_ID;
import static io.kiln.command.session.SessionTestData.T0;
import static io.kiln.command.session.SessionTestData.activity;
import static io.kiln.command.session.SessionTestData.catalog;
import static io.kiln.command.session.SessionTestData.history;
import static io.kiln.command.session.SessionTestData.projects;
import static io.kiln.command.session.SessionTestData.restoreClock;
import static io.kiln.command.session.SessionTestData.version;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.session.RecordSessionActivityCommand;
import io.kiln.domain.session.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Activity the effector saw, at most one record a minute: the session started at {@link SessionTestData#T0}, it is
 * now ten minutes later.
 */
class SessionActivityTest {
  private static final Map<String, Object> EFFECTOR_ACTOR = Actors.admin(EFFECTOR);
  private static final Instant NOW = T0.plus(Duration.ofMinutes(10));

  private AggregateTestFixture<Session> fixture;

  @BeforeEach
  void setUp() {
    fixture = SessionTestData.fixture(projects(), catalog(), new FakeQuotaLedger());
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  private TestExecutor<Session> given(SessionState state, Object... moreEvents) {
    return fixture.givenCurrentTime(T0).andGiven(history(state)).andGiven(moreEvents).andGivenCurrentTime(NOW);
  }

  private static RecordSessionActivityCommand activityAt(Instant at) {
    return new RecordSessionActivityCommand(SESSION_ID, at);
  }

  @Test
  void activityWithoutAMomentHappenedNow() {
    given(SessionState.RUNNING)
        .when(activityAt(null), EFFECTOR_ACTOR)
        .expectEvents(activity(NOW))
        .expectResultMessagePayload(3L);
  }

  @Test
  void activityIsRecordedAsOfTheMomentItHappened() {
    given(SessionState.RUNNING)
        .when(activityAt(T0.plus(Duration.ofMinutes(4))), EFFECTOR_ACTOR)
        .expectEvents(activity(T0.plus(Duration.ofMinutes(4))))
        .expectResultMessagePayload(3L);
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"SCHEDULING", "STARTING"})
  void sessionThatIsStillComingUpRecordsActivity(SessionState state) {
    given(state)
        .when(activityAt(null), EFFECTOR_ACTOR)
        .expectEvents(activity(NOW))
        .expectResultMessagePayload(version(state) + 1);
  }

  @Test
  void activityMoreThanAMinuteAfterTheStartIsRecorded() {
    given(SessionState.RUNNING)
        .when(activityAt(T0.plusSeconds(61)), EFFECTOR_ACTOR)
        .expectEvents(activity(T0.plusSeconds(61)));
  }

  @Test
  void activityWithinAMinuteOfTheStartIsNotRecorded() {
    given(SessionState.RUNNING)
        .when(activityAt(T0.plusSeconds(60)), EFFECTOR_ACTOR)
        .expectNoEvents()
        .expectResultMessagePayload(2L);
  }

  @Test
  void activityWithinAMinuteOfTheLastRecordedIsNotRecorded() {
    given(SessionState.RUNNING, activity(T0.plus(Duration.ofMinutes(5))))
        .when(activityAt(T0.plus(Duration.ofMinutes(5)).plusSeconds(30)), EFFECTOR_ACTOR)
        .expectNoEvents()
        .expectResultMessagePayload(3L);
  }

  @Test
  void activityExactlyAMinuteAfterTheLastRecordedIsNotRecorded() {
    given(SessionState.RUNNING, activity(T0.plus(Duration.ofMinutes(5))))
        .when(activityAt(T0.plus(Duration.ofMinutes(6))), EFFECTOR_ACTOR)
        .expectNoEvents();
  }

  @Test
  void activityMoreThanAMinuteAfterTheLastRecordedIsRecorded() {
    Instant at = T0.plus(Duration.ofMinutes(6)).plusSeconds(1);
    given(SessionState.RUNNING, activity(T0.plus(Duration.ofMinutes(5))))
        .when(activityAt(at), EFFECTOR_ACTOR)
        .expectEvents(activity(at))
        .expectResultMessagePayload(4L);
  }

  @Test
  void activityOlderThanTheLastRecordedIsNotRecorded() {
    given(SessionState.RUNNING, activity(T0.plus(Duration.ofMinutes(8))))
        .when(activityAt(T0.plus(Duration.ofMinutes(3))), EFFECTOR_ACTOR)
        .expectNoEvents();
  }

  @Test
  void activityUpToAMinuteAheadOfOurClockIsRecorded() {
    given(SessionState.RUNNING)
        .when(activityAt(NOW.plusSeconds(60)), EFFECTOR_ACTOR)
        .expectEvents(activity(NOW.plusSeconds(60)));
  }

  @Test
  void activityFurtherInTheFutureIsNotRecorded() {
    given(SessionState.RUNNING)
        .when(activityAt(NOW.plusSeconds(61)), EFFECTOR_ACTOR)
        .expectNoEvents()
        .expectResultMessagePayload(2L);
  }

  @ParameterizedTest
  @EnumSource(value = SessionState.class, names = {"STOPPING", "STOPPED", "FAILED"})
  void sessionOnItsWayOutRecordsNoActivity(SessionState state) {
    given(state)
        .when(activityAt(null), EFFECTOR_ACTOR)
        .expectNoEvents()
        .expectResultMessagePayload(version(state));
  }

  @Test
  void platformAdminMayReportActivity() {
    given(SessionState.RUNNING)
        .when(activityAt(null), Actors.admin(PLATFORM_ADMIN))
        .expectEvents(activity(NOW));
  }
}

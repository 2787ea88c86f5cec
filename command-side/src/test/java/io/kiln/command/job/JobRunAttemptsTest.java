package io.kiln.command.job;

import static io.kiln.command.job.JobRunTest.EFFECTOR;
import static io.kiln.command.job.JobRunTest.RUN_ID;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.RUN;
import static io.kiln.command.job.JobTestData.scheduled;

import io.kiln.command.Actors;
import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobRunAttemptFailedEvent;
import io.kiln.domain.job.JobRunAttemptStartedEvent;
import io.kiln.domain.job.JobRunFailedEvent;
import io.kiln.domain.job.JobRunRunningEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobRunStoppedEvent;
import io.kiln.domain.job.JobRunSucceededEvent;
import io.kiln.domain.job.JobRunTimedOutEvent;
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.domain.job.ReportJobRunRunningCommand;
import io.kiln.domain.job.ReportJobRunSucceededCommand;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.StopJobRunCommand;
import io.kiln.domain.job.StopReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Timeouts and retries: the deadlines of a run's attempts, in simulated time. */
class JobRunAttemptsTest {
  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  private final JobRunWorld world = new JobRunWorld();

  private static JobRunWorld.Start start(RetryPolicy retry) {
    JobDefinition definition = new JobDefinition("jobs/train.py", List.of(), Map.of(), JobTestData.RUNTIME,
        JobTestData.PROFILE, TEN_MINUTES.toSeconds(), retry);
    return new JobRunWorld.Start(RUN, scheduled(RUN, RunTrigger.manual(OWNER), definition));
  }

  private static RetryPolicy retries(FailureKind... on) {
    return new RetryPolicy(3, 60, List.of(on));
  }

  private static Object failed(int attempt, Integer exitCode) {
    return Sent.by(EFFECTOR, new ReportJobRunFailedCommand(RUN_ID, attempt, exitCode, "boom"));
  }

  private static String timeoutReason() {
    return "Still running after the job's timeout of 600 s";
  }

  @Nested
  class Timeouts {
    @Test
    void anAttemptStillGoingAtItsTimeoutTimesTheRunOut() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(RetryPolicy.NONE), Sent.by(EFFECTOR, new ReportJobRunRunningCommand(RUN_ID, 1)))
          .whenTimeElapses(TEN_MINUTES)
          .expectEvents(new JobRunTimedOutEvent(RUN, JOB, 1))
          .expectNoScheduledDeadlines();
    }

    @Test
    void aRunThatEndedBeforeItsTimeoutIsLeftAlone() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(RetryPolicy.NONE), Sent.by(EFFECTOR, new ReportJobRunSucceededCommand(RUN_ID, 1)))
          .whenTimeElapses(Duration.ofHours(1))
          .expectNoEvents();
    }

    @Test
    void aStoppingRunDoesNotTimeOut() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(RetryPolicy.NONE), Sent.by(Actors.user(OWNER), new StopJobRunCommand(RUN_ID)))
          .whenTimeElapses(Duration.ofHours(1))
          .expectNoEvents();
    }

    @Test
    void timeoutsAreRetriedWhenThePolicySaysSoUntilTheLastAttempt() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.TIMEOUT)))
          .whenTimeElapses(Duration.ofMinutes(33))
          .expectEvents(
              new JobRunAttemptFailedEvent(RUN, 1, FailureKind.TIMEOUT, null, timeoutReason(),
                  T0.plus(TEN_MINUTES).plusSeconds(60)),
              new JobRunAttemptStartedEvent(RUN, 2),
              new JobRunAttemptFailedEvent(RUN, 2, FailureKind.TIMEOUT, null, timeoutReason(),
                  T0.plus(Duration.ofMinutes(22))),
              new JobRunAttemptStartedEvent(RUN, 3),
              new JobRunTimedOutEvent(RUN, JOB, 3))
          .expectNoScheduledDeadlines();
    }

    @Test
    void theTimeoutOfAnEarlierAttemptDoesNotEndALaterOne() {
      // attempt 1 fails at once, attempt 2 begins at T0+60s; attempt 1's timeout (T0+10m) must not end attempt 2
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SCRIPT_FAILURE)), failed(1, 1))
          .whenTimeElapses(TEN_MINUTES)
          .expectEvents(new JobRunAttemptStartedEvent(RUN, 2))
          .expectScheduledDeadline(T0.plusSeconds(60).plus(TEN_MINUTES), new AttemptDeadline(2));
    }
  }

  @Nested
  class Retries {
    @Test
    void aFailedAttemptIsRetriedAfterTheDelayAsANewAttemptOfTheSameRun() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SCRIPT_FAILURE)))
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, 2, "boom"), EFFECTOR)
          .expectEvents(new JobRunAttemptFailedEvent(RUN, 1, FailureKind.SCRIPT_FAILURE, 2, "boom",
              T0.plusSeconds(60)))
          .expectScheduledDeadline(T0.plusSeconds(60), new AttemptDeadline(2));
    }

    @Test
    void theRetryBeginsTheNextAttemptWithItsOwnTimeout() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SCRIPT_FAILURE)), failed(1, 2))
          .whenTimeElapses(Duration.ofSeconds(60))
          .expectEvents(new JobRunAttemptStartedEvent(RUN, 2))
          .expectScheduledDeadline(T0.plusSeconds(60).plus(TEN_MINUTES), new AttemptDeadline(2));
    }

    @Test
    void reportsOfTheFailedAttemptAreStaleOnceItEnded() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SCRIPT_FAILURE)), failed(1, 2))
          .when(new ReportJobRunSucceededCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
    }

    @Test
    void failuresOfAKindThePolicyDoesNotNameEndTheRun() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SYSTEM_FAILURE)))
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, 2, "boom"), EFFECTOR)
          .expectEvents(new JobRunFailedEvent(RUN, JOB, 1, FailureKind.SCRIPT_FAILURE, 2, "boom"));
    }

    @Test
    void theLastAttemptsFailureEndsTheRun() {
      world.fixture.given(scheduled(RUN, RunTrigger.manual(OWNER), new JobDefinition("a.py", List.of(), Map.of(),
              JobTestData.RUNTIME, JobTestData.PROFILE, 600, retries(FailureKind.SYSTEM_FAILURE))),
              new JobRunAttemptFailedEvent(RUN, 1, FailureKind.SYSTEM_FAILURE, null, "evicted", T0),
              new JobRunAttemptStartedEvent(RUN, 2),
              new JobRunAttemptFailedEvent(RUN, 2, FailureKind.SYSTEM_FAILURE, null, "evicted", T0),
              new JobRunAttemptStartedEvent(RUN, 3), new JobRunRunningEvent(RUN, 3))
          .when(new ReportJobRunFailedCommand(RUN_ID, 3, null, "evicted"), EFFECTOR)
          .expectEvents(new JobRunFailedEvent(RUN, JOB, 3, FailureKind.SYSTEM_FAILURE, null, "evicted"));
    }

    @Test
    void stoppingBetweenAttemptsEndsTheRunAtOnceAndNoRetryFollows() {
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SCRIPT_FAILURE)), failed(1, 2),
              Sent.by(Actors.user(OWNER), new StopJobRunCommand(RUN_ID)))
          .whenTimeElapses(Duration.ofHours(1))
          .expectNoEvents();
      world.fixture.givenCurrentTime(T0)
          .andGivenCommands(start(retries(FailureKind.SCRIPT_FAILURE)), failed(1, 2))
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OWNER))
          .expectEvents(new JobRunStopRequestedEvent(RUN, StopReason.USER), new JobRunStoppedEvent(RUN, JOB, 1));
    }

    @Test
    void aSucceededRetryIsTheRunsSuccess() {
      world.fixture.given(scheduled(RUN, RunTrigger.manual(OWNER), JobTestData.DEFINITION),
              new JobRunAttemptFailedEvent(RUN, 1, FailureKind.SCRIPT_FAILURE, 1, "boom", T0),
              new JobRunAttemptStartedEvent(RUN, 2))
          .when(new ReportJobRunSucceededCommand(RUN_ID, 2), EFFECTOR)
          .expectEvents(new JobRunSucceededEvent(RUN, JOB, 2));
    }
  }
}

package io.kiln.command.job;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.OPERATOR;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PROJECT;
import static io.kiln.command.job.JobTestData.RUN;
import static io.kiln.command.job.JobTestData.STRANGER;
import static io.kiln.command.job.JobTestData.VIEWER;
import static io.kiln.command.job.JobTestData.scheduled;

import io.kiln.command.Actors;
import io.kiln.domain.Actor;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobRunFailedEvent;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.JobRunRunningEvent;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobRunStartingEvent;
import io.kiln.domain.job.JobRunStopRequestedEvent;
import io.kiln.domain.job.JobRunStoppedEvent;
import io.kiln.domain.job.JobRunSucceededEvent;
import io.kiln.domain.job.JobRunTimedOutEvent;
import io.kiln.domain.job.ReportJobRunFailedCommand;
import io.kiln.domain.job.ReportJobRunRunningCommand;
import io.kiln.domain.job.ReportJobRunStartingCommand;
import io.kiln.domain.job.ReportJobRunStoppedCommand;
import io.kiln.domain.job.ReportJobRunSucceededCommand;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.job.StopJobRunCommand;
import io.kiln.domain.job.StopReason;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every transition of a run's lifecycle, as reports and people cause it, and every one that is refused or stale. */
class JobRunTest {
  static final JobRunId RUN_ID = new JobRunId(RUN);
  static final Map<String, Object> EFFECTOR = Actors.as(Actor.system("k8s").id(), "admin");
  static final JobRunScheduledEvent SCHEDULED = scheduled(RUN, RunTrigger.manual(OWNER), DEFINITION);
  static final JobRunStartingEvent STARTING = new JobRunStartingEvent(RUN, 1);
  static final JobRunRunningEvent RUNNING = new JobRunRunningEvent(RUN, 1);
  private final JobRunWorld world = new JobRunWorld();

  @Nested
  class Reports {
    @Test
    void theClusterStartsRunsAndFinishesAnAttempt() {
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunStartingCommand(RUN_ID, 1), EFFECTOR)
          .expectEvents(STARTING)
          .expectResultMessagePayload(1L);
      world.fixture.given(SCHEDULED, STARTING)
          .when(new ReportJobRunRunningCommand(RUN_ID, null), EFFECTOR)
          .expectEvents(RUNNING);
      world.fixture.given(SCHEDULED, STARTING, RUNNING)
          .when(new ReportJobRunSucceededCommand(RUN_ID, 1), EFFECTOR)
          .expectEvents(new JobRunSucceededEvent(RUN, JOB, 1));
    }

    @Test
    void aRunningReportMaySkipStarting() {
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunRunningCommand(RUN_ID, 1), EFFECTOR)
          .expectEvents(RUNNING);
    }

    @Test
    void aSucceededReportMaySkipEverythingBefore() {
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunSucceededCommand(RUN_ID, null), EFFECTOR)
          .expectEvents(new JobRunSucceededEvent(RUN, JOB, 1));
    }

    @Test
    void anExitCodeIsAScriptFailureNoneIsASystemFailure() {
      world.fixture.given(SCHEDULED, RUNNING)
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, 3, "KeyError: 'label'"), EFFECTOR)
          .expectEvents(new JobRunFailedEvent(RUN, JOB, 1, FailureKind.SCRIPT_FAILURE, 3, "KeyError: 'label'"));
      world.fixture.given(SCHEDULED, STARTING)
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, null, null), EFFECTOR)
          .expectEvents(new JobRunFailedEvent(RUN, JOB, 1, FailureKind.SYSTEM_FAILURE, null,
              "The cluster could not run the attempt"));
    }

    @Test
    void aFailureWithExitCodeZeroIsRefused() {
      world.fixture.given(SCHEDULED, RUNNING)
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, 0, "?"), EFFECTOR)
          .expectException(invalidField("exitCode"))
          .expectNoEvents();
    }

    @Test
    void anAttemptNumberBelowOneIsRefused() {
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunRunningCommand(RUN_ID, 0), EFFECTOR)
          .expectException(invalidField("attempt"))
          .expectNoEvents();
    }

    @Test
    void staleAndRepeatedReportsChangeNothing() {
      world.fixture.given(SCHEDULED, STARTING, RUNNING)
          .when(new ReportJobRunStartingCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents()
          .expectResultMessagePayload(2L);
      world.fixture.given(SCHEDULED, RUNNING)
          .when(new ReportJobRunRunningCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
      world.fixture.given(SCHEDULED, RUNNING)
          .when(new ReportJobRunStoppedCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunRunningCommand(RUN_ID, 2), EFFECTOR)
          .expectNoEvents();
    }

    @Test
    void nothingAdvancesAFinishedRun() {
      var succeeded = new JobRunSucceededEvent(RUN, JOB, 1);
      world.fixture.given(SCHEDULED, RUNNING, succeeded)
          .when(new ReportJobRunRunningCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
      world.fixture.given(SCHEDULED, RUNNING, succeeded)
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, 1, "late"), EFFECTOR)
          .expectNoEvents();
      world.fixture.given(SCHEDULED, RUNNING, succeeded)
          .when(new ReportJobRunSucceededCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
      world.fixture.given(SCHEDULED, new JobRunTimedOutEvent(RUN, JOB, 1))
          .when(new ReportJobRunSucceededCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
    }

    @Test
    void aSkippedRunTakesNoReports() {
      world.fixture.given(skipped())
          .when(new ReportJobRunRunningCommand(RUN_ID, null), EFFECTOR)
          .expectNoEvents();
    }

    @Test
    void onlyKilnsEffectorsAndAdminsReport() {
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunRunningCommand(RUN_ID, 1), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
      world.fixture.given(SCHEDULED)
          .when(new ReportJobRunRunningCommand(RUN_ID, 1), Map.of(MetadataKeys.ACTOR, OWNER))
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED));
    }
  }

  @Nested
  class Stop {
    @Test
    void anOperatorStopsARunAndAskingAgainChangesNothing() {
      world.fixture.given(SCHEDULED, RUNNING)
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OPERATOR))
          .expectEvents(new JobRunStopRequestedEvent(RUN, StopReason.USER))
          .expectResultMessagePayload(2L);
      world.fixture.given(SCHEDULED, RUNNING, new JobRunStopRequestedEvent(RUN, StopReason.USER))
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OPERATOR))
          .expectNoEvents();
    }

    @Test
    void aStoppingRunEndsStoppedUnlessItSucceededFirst() {
      var stopping = new JobRunStopRequestedEvent(RUN, StopReason.USER);
      world.fixture.given(SCHEDULED, RUNNING, stopping)
          .when(new ReportJobRunStoppedCommand(RUN_ID, 1), EFFECTOR)
          .expectEvents(new JobRunStoppedEvent(RUN, JOB, 1));
      world.fixture.given(SCHEDULED, RUNNING, stopping)
          .when(new ReportJobRunFailedCommand(RUN_ID, 1, 137, "killed"), EFFECTOR)
          .expectEvents(new JobRunStoppedEvent(RUN, JOB, 1));
      world.fixture.given(SCHEDULED, RUNNING, stopping)
          .when(new ReportJobRunSucceededCommand(RUN_ID, 1), EFFECTOR)
          .expectEvents(new JobRunSucceededEvent(RUN, JOB, 1));
      world.fixture.given(SCHEDULED, RUNNING, stopping)
          .when(new ReportJobRunRunningCommand(RUN_ID, 1), EFFECTOR)
          .expectNoEvents();
    }

    @Test
    void endedRunsCannotBeStopped() {
      world.fixture.given(SCHEDULED, new JobRunSucceededEvent(RUN, JOB, 1))
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.INVALID_STATE))
          .expectNoEvents();
      world.fixture.given(SCHEDULED, new JobRunStopRequestedEvent(RUN, StopReason.USER),
              new JobRunStoppedEvent(RUN, JOB, 1))
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.INVALID_STATE));
      world.fixture.given(skipped())
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.INVALID_STATE));
    }

    @Test
    void viewersCannotStopRunsStrangersDoNotSeeThem() {
      world.fixture.given(SCHEDULED)
          .when(new StopJobRunCommand(RUN_ID), Actors.user(VIEWER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
      world.fixture.given(SCHEDULED)
          .when(new StopJobRunCommand(RUN_ID), Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND));
    }

    @Test
    void runsOfAnArchivedProjectCanStillBeStopped() {
      world.projects.archive(JobTestData.PROJECT);
      world.fixture.given(SCHEDULED)
          .when(new StopJobRunCommand(RUN_ID), Actors.user(OPERATOR))
          .expectEvents(new JobRunStopRequestedEvent(RUN, StopReason.USER));
    }

    @Test
    void itsJobStopsItWhenReplacedOrDeleted() {
      world.fixture.given(SCHEDULED, RUNNING)
          .andGivenCommands(new DeadlineSender.ToRun(RUN, JobDeadlines.RUN_STOP, new StopRun(StopReason.REPLACED)))
          .whenTimeElapses(Duration.ZERO)
          .expectEvents(new JobRunStopRequestedEvent(RUN, StopReason.REPLACED));
      world.fixture.given(SCHEDULED, new JobRunSucceededEvent(RUN, JOB, 1))
          .andGivenCommands(new DeadlineSender.ToRun(RUN, JobDeadlines.RUN_STOP, new StopRun(StopReason.JOB_DELETED)))
          .whenTimeElapses(Duration.ZERO)
          .expectNoEvents();
    }
  }

  static JobRunSkippedEvent skipped() {
    return new JobRunSkippedEvent(RUN, JOB, PROJECT, OWNER, "Train", RunTrigger.manual(OWNER),
        SkipReason.CONCURRENCY_FORBID, "busy");
  }
}

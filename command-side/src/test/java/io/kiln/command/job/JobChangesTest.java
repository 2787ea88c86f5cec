package io.kiln.command.job;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.job.JobTestData.CONTRIBUTOR;
import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.HOURLY;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.JOB_ID;
import static io.kiln.command.job.JobTestData.OPERATOR;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PROFILE;
import static io.kiln.command.job.JobTestData.PROJECT;
import static io.kiln.command.job.JobTestData.RUNTIME;
import static io.kiln.command.job.JobTestData.SMALL;
import static io.kiln.command.job.JobTestData.THREE_TRIES;
import static io.kiln.command.job.JobTestData.VIEWER;
import static io.kiln.command.job.JobTestData.created;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.job.DeleteJobCommand;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobDefinitionChangedEvent;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobNotifications;
import io.kiln.domain.job.JobNotificationsChangedEvent;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobRenamedEvent;
import io.kiln.domain.job.JobResumedEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggerChangedEvent;
import io.kiln.domain.job.PauseJobCommand;
import io.kiln.domain.job.ResumeJobCommand;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.job.UpdateJobCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobChangesTest {
  private static final String PARENT = "4b1c1d3e-0000-4000-8000-0000000000aa";
  private static final String CHILD = "4b1c1d3e-0000-4000-8000-0000000000bb";
  private static final Instant MONDAY = Instant.parse("2026-01-05T10:20:00Z");
  private final JobWorld world = new JobWorld();

  private static UpdateJobCommand update(String name, String script, JobTrigger trigger) {
    return new UpdateJobCommand(JOB_ID, name, script, null, null, null, null, null, null, trigger, null, null);
  }

  @Nested
  class Update {
    @Test
    void renamesAndChangesTheDefinitionAtOnce() {
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(new UpdateJobCommand(JOB_ID, "Retrain", "jobs/retrain.py", null, null, null, null, 600L,
              THREE_TRIES, null, null, null), Actors.user(CONTRIBUTOR))
          .expectEvents(new JobRenamedEvent(JOB, "Retrain"), new JobDefinitionChangedEvent(JOB, new JobDefinition(
              "jobs/retrain.py", DEFINITION.arguments(), DEFINITION.environment(), RUNTIME, PROFILE, 600,
              THREE_TRIES)))
          .expectResultMessagePayload(2L);
    }

    @Test
    void changingNothingWritesNothing() {
      world.fixture.given(created(HOURLY))
          .when(new UpdateJobCommand(JOB_ID, "Train", DEFINITION.script(), DEFINITION.arguments(),
              DEFINITION.environment(), RUNTIME, PROFILE, DEFINITION.timeoutSeconds(), null, HOURLY,
              JobNotifications.NONE, null), Actors.user(OWNER))
          .expectNoEvents()
          .expectResultMessagePayload(0L)
          .expectNoScheduledDeadlines();
    }

    @Test
    void notificationsAreKeptPerOutcome() {
      var notifications = new JobNotifications(List.of(), List.of("oncall@example.com"), List.of(), List.of(),
          List.of());
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(new UpdateJobCommand(JOB_ID, null, null, null, null, null, null, null, null, null, notifications,
              null), Actors.user(OWNER))
          .expectEvents(new JobNotificationsChangedEvent(JOB, notifications));
    }

    @Test
    void becomingACronJobArmsTheSchedule() {
      world.fixture.givenCurrentTime(MONDAY)
          .andGiven(created(JobTrigger.MANUAL))
          .when(update(null, null, HOURLY), Actors.user(OWNER))
          .expectEvents(new JobTriggerChangedEvent(JOB, PROJECT, HOURLY))
          .expectScheduledDeadline(Instant.parse("2026-01-05T11:00:00Z"),
              new CronTick(1, Instant.parse("2026-01-05T11:00:00Z")));
    }

    @Test
    void aRenameOntoAnotherJobsNameIsRefused() {
      world.graph.job(PARENT, "Prepare");
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(update("prepare", null, null), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.JOB_NAME_TAKEN))
          .expectNoEvents();
    }

    @Test
    void aChangeOfCaseIsARename() {
      world.graph.job(JOB, "Train");
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(update("TRAIN", null, null), Actors.user(OWNER))
          .expectEvents(new JobRenamedEvent(JOB, "TRAIN"));
    }

    @Test
    void aDependencyThatWouldCloseACycleIsRefused() {
      // Train ← Prepare ← Evaluate: Train depending on Evaluate closes the loop
      world.graph.job(JOB, "Train").job(PARENT, "Prepare", JOB).job(CHILD, "Evaluate", PARENT);
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(update(null, null, JobTrigger.dependent(List.of(CHILD))), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.DEPENDENCY_CYCLE))
          .expectNoEvents();
    }

    @Test
    void dependingOnItselfIsACycle() {
      world.graph.job(JOB, "Train");
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(update(null, null, JobTrigger.dependent(List.of(JOB))), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.DEPENDENCY_CYCLE));
    }

    @Test
    void anAcyclicDependencyIsAccepted() {
      world.graph.job(JOB, "Train").job(PARENT, "Prepare").job(CHILD, "Evaluate", PARENT);
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(update(null, null, JobTrigger.dependent(List.of(PARENT, CHILD))), Actors.user(OWNER))
          .expectEvents(new JobTriggerChangedEvent(JOB, PROJECT, JobTrigger.dependent(List.of(PARENT, CHILD))));
    }

    @Test
    void oneBadPartRefusesTheWhole() {
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(new UpdateJobCommand(JOB_ID, "Retrain", null, null, null, null, null, 0L, null, null, null, null),
              Actors.user(OWNER))
          .expectException(invalidField("timeoutSeconds"))
          .expectNoEvents();
    }

    @Test
    void operatorsCannotChangeJobs() {
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(update("Mine", null, null), Actors.user(OPERATOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void aDeletedJobIsNotFound() {
      world.fixture.given(created(JobTrigger.MANUAL), new JobDeletedEvent(JOB, PROJECT, List.of()))
          .when(update("Again", null, null), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.JOB_NOT_FOUND));
    }
  }

  @Nested
  class PauseAndResume {
    @Test
    void pausingStopsTheScheduleAndPausingAgainChangesNothing() {
      world.fixture.givenCurrentTime(MONDAY)
          .andGivenCommands(Sent.by(Actors.user(OWNER), JobTestData.create(HOURLY)))
          .when(new PauseJobCommand(JOB_ID), Actors.user(CONTRIBUTOR))
          .expectEvents(new JobPausedEvent(JOB))
          .expectNoScheduledDeadlines();
      world.fixture.given(created(HOURLY), new JobPausedEvent(JOB))
          .when(new PauseJobCommand(JOB_ID), Actors.user(CONTRIBUTOR))
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void resumingArmsTheScheduleFromNow() {
      world.fixture.givenCurrentTime(MONDAY)
          .andGiven(created(HOURLY), new JobPausedEvent(JOB))
          .when(new ResumeJobCommand(JOB_ID), Actors.user(OWNER))
          .expectEvents(new JobResumedEvent(JOB))
          .expectScheduledDeadline(Instant.parse("2026-01-05T11:00:00Z"),
              new CronTick(1, Instant.parse("2026-01-05T11:00:00Z")));
    }

    @Test
    void resumingARunningJobChangesNothing() {
      world.fixture.given(created(HOURLY))
          .when(new ResumeJobCommand(JOB_ID), Actors.user(OWNER))
          .expectNoEvents();
    }

    @Test
    void viewersCannotPause() {
      world.fixture.given(created(HOURLY))
          .when(new PauseJobCommand(JOB_ID), Actors.user(VIEWER))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }

  @Nested
  class Delete {
    @Test
    void aJobWithoutActiveRunsIsDeletedAndItsScheduleEnds() {
      world.fixture.givenCurrentTime(MONDAY)
          .andGivenCommands(Sent.by(Actors.user(OWNER), JobTestData.create(HOURLY)))
          .when(new DeleteJobCommand(JOB_ID, false), Actors.user(CONTRIBUTOR))
          .expectEvents(new JobDeletedEvent(JOB, PROJECT, List.of()))
          .expectNoScheduledDeadlines();
    }

    @Test
    void anActiveRunRefusesTheDelete() {
      world.active.run(JobTestData.RUN, SMALL);
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(new DeleteJobCommand(JOB_ID, false), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.JOB_RUN_ACTIVE))
          .expectNoEvents();
    }

    @Test
    void forceStopsTheActiveRuns() {
      world.active.run(JobTestData.RUN, SMALL);
      world.fixture.givenCurrentTime(MONDAY)
          .andGiven(created(JobTrigger.MANUAL))
          .when(new DeleteJobCommand(JOB_ID, true), Actors.user(OWNER))
          .expectEvents(new JobDeletedEvent(JOB, PROJECT, List.of(JobTestData.RUN)))
          .expectScheduledDeadline(Duration.ZERO, new StopRun(StopReason.JOB_DELETED));
    }

    @Test
    void aJobOthersDependOnCannotBeDeleted() {
      world.graph.job(JOB, "Train").job(CHILD, "Evaluate", JOB);
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(new DeleteJobCommand(JOB_ID, true), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.INVALID_STATE))
          .expectNoEvents();
    }

    @Test
    void deletingTwiceIsNotFound() {
      world.fixture.given(created(JobTrigger.MANUAL), new JobDeletedEvent(JOB, PROJECT, List.of()))
          .when(new DeleteJobCommand(JOB_ID, false), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.JOB_NOT_FOUND));
    }

    @Test
    void operatorsCannotDelete() {
      world.fixture.given(created(JobTrigger.MANUAL))
          .when(new DeleteJobCommand(JOB_ID, false), Actors.user(OPERATOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN));
    }
  }
}

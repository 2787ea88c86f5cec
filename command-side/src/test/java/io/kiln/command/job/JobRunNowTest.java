package io.kiln.command.job;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.job.JobTestData.CONTRIBUTOR;
import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.JOB_ID;
import static io.kiln.command.job.JobTestData.OPERATOR;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PROFILE;
import static io.kiln.command.job.JobTestData.PROJECT;
import static io.kiln.command.job.JobTestData.RUN;
import static io.kiln.command.job.JobTestData.SMALL;
import static io.kiln.command.job.JobTestData.VIEWER;
import static io.kiln.command.job.JobTestData.created;
import static io.kiln.command.job.JobTestData.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.command.Actors;
import io.kiln.command.catalog.ProfileEntry;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobRunId;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.job.RunJobCommand;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.StopReason;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.workload.Resources;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Run now": operators and above start a run of an existing job, which holds the job owner's quota. */
class JobRunNowTest {
  private static final RunJobCommand RUN_NOW = new RunJobCommand(JOB_ID, new JobRunId(RUN));
  private static final String OLD_RUN = "5c1c1d3e-0000-4000-8000-0000000000a0";
  private final JobWorld world = new JobWorld();

  @Test
  void anOperatorStartsARunWithWhatTheJobDefinesAndItsTimeoutArmed() {
    world.fixture.given(created(JobTrigger.MANUAL))
        .when(RUN_NOW, Actors.user(OPERATOR))
        .expectEvents(new JobTriggeredEvent(JOB, RUN, RunTrigger.manual(OPERATOR), null, List.of()),
            scheduled(RUN, RunTrigger.manual(OPERATOR), DEFINITION))
        .expectResultMessagePayload(RUN)
        .expectScheduledDeadline(Duration.ofSeconds(DEFINITION.timeoutSeconds()), new AttemptDeadline(1));
    assertThat(world.quotas.reserved).containsExactly(SMALL);
  }

  @Test
  void viewersCannotRunJobs() {
    world.fixture.given(created(JobTrigger.MANUAL))
        .when(RUN_NOW, Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void aPausedJobDoesNotRun() {
    world.fixture.given(created(JobTrigger.MANUAL), new JobPausedEvent(JOB))
        .when(RUN_NOW, Actors.user(CONTRIBUTOR))
        .expectException(kilnError(ErrorCode.JOB_PAUSED))
        .expectNoEvents();
  }

  @Test
  void aDeletedJobIsNotFound() {
    world.fixture.given(created(JobTrigger.MANUAL), new JobDeletedEvent(JOB, PROJECT, List.of()))
        .when(RUN_NOW, Actors.user(OWNER))
        .expectException(kilnError(ErrorCode.JOB_NOT_FOUND));
  }

  @Test
  void overTheOwnersQuotaThePersonIsToldWhy() {
    world.quotas.limit(new QuotaLimits(1500, 65_536, 0), new QuotaLimits(1000, 0, 0));
    world.fixture.given(created(JobTrigger.MANUAL))
        .when(RUN_NOW, Actors.user(OPERATOR))
        .expectException(kilnError(ErrorCode.QUOTA_EXCEEDED))
        .expectNoEvents();
  }

  @Test
  void aRetiredProfileRefusesTheRun() {
    world.catalog.with(new ProfileEntry(PROFILE, "small", SMALL, true));
    world.fixture.given(created(JobTrigger.MANUAL))
        .when(RUN_NOW, Actors.user(OWNER))
        .expectException(kilnError(ErrorCode.RESOURCE_PROFILE_RETIRED))
        .expectNoEvents();
  }

  @Test
  void allowRunsBesideAnActiveRun() {
    world.active.run(OLD_RUN, SMALL);
    world.fixture.given(created(JobTestData.HOURLY))
        .when(RUN_NOW, Actors.user(OWNER))
        .expectEvents(new JobTriggeredEvent(JOB, RUN, RunTrigger.manual(OWNER), null, List.of()),
            scheduled(RUN, RunTrigger.manual(OWNER), DEFINITION));
  }

  @Test
  void forbidRefusesAPersonWhileARunIsActive() {
    world.active.run(OLD_RUN, SMALL);
    world.fixture.given(created(JobTrigger.cron("0 * * * *", "UTC", ConcurrencyPolicy.FORBID)))
        .when(RUN_NOW, Actors.user(OWNER))
        .expectException(kilnError(ErrorCode.JOB_RUN_ACTIVE))
        .expectNoEvents();
  }

  @Test
  void replaceStopsTheActiveRunAndCountsItsQuotaAsFreed() {
    world.active.run(OLD_RUN, SMALL).stopping("5c1c1d3e-0000-4000-8000-0000000000a1");
    world.quotas.limit(new QuotaLimits(1000, 2048, 0), new QuotaLimits(1000, 2048, 0));
    JobTrigger replace = JobTrigger.cron("0 * * * *", "UTC", ConcurrencyPolicy.REPLACE);
    world.fixture.given(created(replace))
        .when(RUN_NOW, Actors.user(OWNER))
        .expectEvents(new JobTriggeredEvent(JOB, RUN, RunTrigger.manual(OWNER), null, List.of(OLD_RUN)),
            scheduled(RUN, RunTrigger.manual(OWNER), DEFINITION))
        .expectScheduledDeadline(Duration.ZERO, new StopRun(StopReason.REPLACED));
    assertThat(world.quotas.reserved).containsExactly(Resources.NONE);
  }
}

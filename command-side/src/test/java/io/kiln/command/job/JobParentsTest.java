package io.kiln.command.job;

import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PROJECT;
import static io.kiln.command.job.JobTestData.created;
import static io.kiln.command.job.JobTestData.scheduled;

import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggeredEvent;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.SkipReason;
import io.kiln.domain.quota.QuotaLimits;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a dependent job does when its dependency process tells it its parents succeeded, or one failed. */
class JobParentsTest {
  private static final String PARENT = "4b1c1d3e-0000-4000-8000-0000000000aa";
  private static final String PARENT_RUN = "5c1c1d3e-0000-4000-8000-0000000000c1";
  private static final String ROOT_RUN = "5c1c1d3e-0000-4000-8000-0000000000c0";
  private static final String RUN = RunIds.afterParents(JOB, PARENT_RUN);
  private static final String SKIP = RunIds.skippedAfter(JOB, ROOT_RUN);
  private static final JobTrigger AFTER_PARENT = JobTrigger.dependent(List.of(PARENT));
  private final JobWorld world = new JobWorld();

  private static DeadlineSender.ToJob succeeded() {
    return new DeadlineSender.ToJob(JOB, JobDeadlines.PARENTS_SUCCEEDED, new ParentsSucceeded(RUN, PARENT, PARENT_RUN));
  }

  private static DeadlineSender.ToJob failed() {
    return new DeadlineSender.ToJob(JOB, JobDeadlines.PARENT_FAILED,
        new ParentFailed(SKIP, PARENT, PARENT_RUN, ROOT_RUN));
  }

  @Test
  void parentsThatSucceededStartARun() {
    RunTrigger trigger = RunTrigger.parent(PARENT, PARENT_RUN, null);
    world.fixture.given(created(AFTER_PARENT))
        .andGivenCommands(succeeded())
        .whenTimeElapses(Duration.ZERO)
        .expectEvents(new JobTriggeredEvent(JOB, RUN, trigger, null, List.of()), scheduled(RUN, trigger, DEFINITION));
  }

  @Test
  void theSameNewsTwiceStartsOneRun() {
    RunTrigger trigger = RunTrigger.parent(PARENT, PARENT_RUN, null);
    world.fixture.given(created(AFTER_PARENT))
        .andGivenCommands(succeeded(), succeeded())
        .whenTimeElapses(Duration.ZERO)
        .expectEvents(new JobTriggeredEvent(JOB, RUN, trigger, null, List.of()), scheduled(RUN, trigger, DEFINITION));
  }

  @Test
  void aFailedParentRecordsASkippedRunNamingTheFailure() {
    RunTrigger trigger = RunTrigger.parent(PARENT, PARENT_RUN, ROOT_RUN);
    world.fixture.given(created(AFTER_PARENT))
        .andGivenCommands(failed(), failed())
        .whenTimeElapses(Duration.ZERO)
        .expectEvents(new JobTriggeredEvent(JOB, SKIP, trigger, SkipReason.PARENT_FAILED, List.of()),
            new JobRunSkippedEvent(SKIP, JOB, PROJECT, OWNER, "Train", trigger, SkipReason.PARENT_FAILED,
                "Run " + PARENT_RUN + " of a parent job did not succeed"));
  }

  @Test
  void overQuotaTheRunIsSkippedNotLost() {
    world.quotas.limit(new QuotaLimits(0, 0, 0), new QuotaLimits(0, 0, 0));
    RunTrigger trigger = RunTrigger.parent(PARENT, PARENT_RUN, null);
    world.fixture.given(created(AFTER_PARENT))
        .andGivenCommands(succeeded())
        .whenTimeElapses(Duration.ZERO)
        .expectEvents(new JobTriggeredEvent(JOB, RUN, trigger, SkipReason.QUOTA_EXCEEDED, List.of()),
            new JobRunSkippedEvent(RUN, JOB, PROJECT, OWNER, "Train", trigger, SkipReason.QUOTA_EXCEEDED,
                "Over your CPU quota: asked 1000 millicores, using 0 of 0 millicores"));
  }

  @Test
  void pausedDeletedOrNoLongerDependentJobsIgnoreTheirParents() {
    world.fixture.given(created(AFTER_PARENT), new JobPausedEvent(JOB))
        .andGivenCommands(succeeded(), failed())
        .whenTimeElapses(Duration.ZERO)
        .expectNoEvents();
    world.fixture.given(created(AFTER_PARENT), new JobDeletedEvent(JOB, PROJECT, List.of()))
        .andGivenCommands(succeeded(), failed())
        .whenTimeElapses(Duration.ZERO)
        .expectNoEvents();
    world.fixture.given(created(JobTrigger.MANUAL))
        .andGivenCommands(succeeded(), failed())
        .whenTimeElapses(Duration.ZERO)
        .expectNoEvents();
  }
}

package io.kiln.command.job;

import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PROJECT;

import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDeletedEvent;
import io.kiln.domain.job.JobNotifications;
import io.kiln.domain.job.JobPausedEvent;
import io.kiln.domain.job.JobRunFailedEvent;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobRunSkippedEvent;
import io.kiln.domain.job.JobRunStoppedEvent;
import io.kiln.domain.job.JobRunSucceededEvent;
import io.kiln.domain.job.JobRunTimedOutEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.JobTriggerChangedEvent;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.job.SkipReason;
import java.time.Duration;
import java.util.List;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dependency process on a diamond: B and C depend on A, D depends on B and C. Its reactions are deadlines, due at
 * once, addressed to the dependent job.
 */
class JobDependencySagaTest {
  private static final String A = "a0000000-0000-4000-8000-00000000000a";
  private static final String B = "b0000000-0000-4000-8000-00000000000b";
  private static final String C = "c0000000-0000-4000-8000-00000000000c";
  private static final String D = "d0000000-0000-4000-8000-00000000000d";
  private static final String A_RUN = "a1000000-0000-4000-8000-000000000001";
  private static final String B_RUN = "b1000000-0000-4000-8000-000000000001";
  private static final String C_RUN = "c1000000-0000-4000-8000-000000000001";
  private static final String C_RUN_2 = "c1000000-0000-4000-8000-000000000002";
  private SagaTestFixture<JobDependencySaga> fixture;

  @BeforeEach
  void setUp() {
    fixture = new SagaTestFixture<>(JobDependencySaga.class);
  }

  private static JobCreatedEvent job(String id, JobTrigger trigger) {
    return new JobCreatedEvent(id, PROJECT, OWNER, id.substring(0, 1), DEFINITION, trigger, JobNotifications.NONE);
  }

  private static JobRunScheduledEvent ran(String jobId, String runId) {
    return new JobRunScheduledEvent(runId, jobId, PROJECT, OWNER, jobId.substring(0, 1), RunTrigger.manual(OWNER),
        JobTestData.RUNTIME, "python", "img", false, JobTestData.PROFILE, "small", JobTestData.SMALL, "a.py",
        List.of(), java.util.Map.of(), 600, DEFINITION.retry());
  }

  private static JobRunSucceededEvent succeeded(String jobId, String runId) {
    return new JobRunSucceededEvent(runId, jobId, 1);
  }

  private static ParentsSucceeded runOf(String jobId, String parentJobId, String parentRunId) {
    return new ParentsSucceeded(RunIds.afterParents(jobId, parentRunId), parentJobId, parentRunId);
  }

  private static ParentFailed skipOf(String jobId, String parentJobId, String parentRunId, String rootRunId) {
    return new ParentFailed(RunIds.skippedAfter(jobId, rootRunId), parentJobId, parentRunId, rootRunId);
  }

  private static JobRunSkippedEvent skippedAfter(String jobId, String rootRunId) {
    String runId = RunIds.skippedAfter(jobId, rootRunId);
    return new JobRunSkippedEvent(runId, jobId, PROJECT, OWNER, "x", RunTrigger.parent(A, A_RUN, rootRunId),
        SkipReason.PARENT_FAILED, "parent failed");
  }

  private ContinuedGivenState diamond() {
    return fixture.givenAPublished(job(A, JobTrigger.MANUAL))
        .andThenAPublished(job(B, JobTrigger.dependent(List.of(A))))
        .andThenAPublished(job(C, JobTrigger.dependent(List.of(A))))
        .andThenAPublished(job(D, JobTrigger.dependent(List.of(B, C))));
  }

  @Nested
  class Successes {
    @Test
    void eachDependentJobHasItsOwnProcessAndIndependentJobsNone() {
      diamond();
      fixture.whenTimeElapses(Duration.ZERO).expectActiveSagas(3);
    }

    @Test
    void aSuccessOfTheRootStartsBothMiddleJobs() {
      diamond();
      fixture.whenPublishingA(succeeded(A, A_RUN))
          .expectScheduledDeadline(Duration.ZERO, runOf(B, A, A_RUN))
          .expectScheduledDeadline(Duration.ZERO, runOf(C, A, A_RUN))
          .expectNoScheduledDeadlineOfType(Duration.ZERO, ParentFailed.class)
          .expectNoDispatchedCommands();
    }

    @Test
    void oneOfTwoParentsIsNotEnough() {
      diamond().andThenAPublished(succeeded(A, A_RUN));
      fixture.whenPublishingA(succeeded(B, B_RUN))
          .expectNoScheduledDeadline(Duration.ZERO, runOf(D, B, B_RUN));
    }

    @Test
    void theJoinRunsOnceWhenBothParentsHaveSucceeded() {
      diamond().andThenAPublished(succeeded(A, A_RUN))
          .andThenAPublished(ran(B, B_RUN)).andThenAPublished(ran(C, C_RUN))
          .andThenAPublished(succeeded(B, B_RUN));
      fixture.whenPublishingA(succeeded(C, C_RUN))
          .expectScheduledDeadline(Duration.ZERO, runOf(D, C, C_RUN));
    }

    @Test
    void afterTheJoinRanEachParentMustSucceedAgain() {
      diamond().andThenAPublished(succeeded(B, B_RUN)).andThenAPublished(succeeded(C, C_RUN))
          .andThenAPublished(ran(D, RunIds.afterParents(D, C_RUN)));
      fixture.whenPublishingA(succeeded(C, C_RUN_2))
          .expectNoScheduledDeadline(Duration.ZERO, runOf(D, C, C_RUN_2));
    }

    @Test
    void aManualRunOfTheJoinCountsAsItsLastRun() {
      diamond().andThenAPublished(succeeded(B, B_RUN))
          .andThenAPublished(ran(D, "d1000000-0000-4000-8000-0000000000ff"));
      fixture.whenPublishingA(succeeded(C, C_RUN))
          .expectNoScheduledDeadline(Duration.ZERO, runOf(D, C, C_RUN));
    }

    @Test
    void aPausedJobIsNotStartedByItsParents() {
      diamond().andThenAPublished(new JobPausedEvent(B));
      fixture.whenPublishingA(succeeded(A, A_RUN))
          .expectNoScheduledDeadline(Duration.ZERO, runOf(B, A, A_RUN))
          .expectScheduledDeadline(Duration.ZERO, runOf(C, A, A_RUN));
    }
  }

  @Nested
  class Failures {
    @Test
    void aFailedRootSkipsBothMiddleJobs() {
      diamond();
      fixture.whenPublishingA(new JobRunFailedEvent(A_RUN, A, 1, FailureKind.SCRIPT_FAILURE, 1, "boom"))
          .expectScheduledDeadline(Duration.ZERO, skipOf(B, A, A_RUN, A_RUN))
          .expectScheduledDeadline(Duration.ZERO, skipOf(C, A, A_RUN, A_RUN));
    }

    @Test
    void theJoinIsSkippedOncePerOriginalFailure() {
      diamond().andThenAPublished(new JobRunTimedOutEvent(A_RUN, A, 1))
          .andThenAPublished(skippedAfter(B, A_RUN));
      fixture.whenPublishingA(skippedAfter(C, A_RUN))
          .expectScheduledDeadline(Duration.ZERO, skipOf(D, B, RunIds.skippedAfter(B, A_RUN), A_RUN))
          .expectNoScheduledDeadline(Duration.ZERO, skipOf(D, C, RunIds.skippedAfter(C, A_RUN), A_RUN));
    }

    @Test
    void aFailedParentKeepsTheJoinFromRunningUntilItSucceedsAgain() {
      diamond().andThenAPublished(new JobRunStoppedEvent(B_RUN, B, 1));
      fixture.whenPublishingA(succeeded(C, C_RUN))
          .expectScheduledDeadline(Duration.ZERO, skipOf(D, B, B_RUN, B_RUN))
          .expectNoScheduledDeadline(Duration.ZERO, runOf(D, C, C_RUN));
    }

    @Test
    void aRetriedParentThatSucceedsLetsTheJoinRun() {
      diamond().andThenAPublished(succeeded(C, C_RUN))
          .andThenAPublished(new JobRunFailedEvent(B_RUN, B, 1, FailureKind.SCRIPT_FAILURE, 1, "boom"));
      fixture.whenPublishingA(succeeded(B, "b1000000-0000-4000-8000-000000000002"))
          .expectScheduledDeadline(Duration.ZERO, runOf(D, B, "b1000000-0000-4000-8000-000000000002"));
    }

    @Test
    void aParentSkippedForItsConcurrencyPolicyIsNoOutcome() {
      diamond();
      var forbidden = new JobRunSkippedEvent("a1000000-0000-4000-8000-000000000009", A, PROJECT, OWNER, "A",
          RunTrigger.schedule(java.time.Instant.EPOCH), SkipReason.CONCURRENCY_FORBID, "busy");
      fixture.whenPublishingA(forbidden)
          .expectNoScheduledDeadlineOfType(Duration.ZERO, ParentFailed.class);
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void theProcessEndsWithItsJob() {
      diamond().andThenAPublished(new JobDeletedEvent(D, PROJECT, List.of()));
      fixture.whenPublishingA(succeeded(B, B_RUN)).expectActiveSagas(2);
    }

    @Test
    void theProcessEndsWhenItsJobNoLongerDependsOnOthers() {
      diamond().andThenAPublished(new JobTriggerChangedEvent(B, PROJECT, JobTrigger.MANUAL));
      fixture.whenPublishingA(succeeded(A, A_RUN))
          .expectActiveSagas(2)
          .expectNoScheduledDeadline(Duration.ZERO, runOf(B, A, A_RUN));
    }

    @Test
    void aJobThatBecomesDependentGetsAProcess() {
      diamond().andThenAPublished(new JobTriggerChangedEvent(A, PROJECT, JobTrigger.dependent(List.of(D))));
      fixture.whenPublishingA(succeeded(D, "d1000000-0000-4000-8000-000000000001"))
          .expectActiveSagas(4)
          .expectScheduledDeadline(Duration.ZERO, runOf(A, D, "d1000000-0000-4000-8000-000000000001"));
    }

    @Test
    void droppingAParentStopsWaitingForIt() {
      diamond().andThenAPublished(new JobTriggerChangedEvent(D, PROJECT, JobTrigger.dependent(List.of(B))));
      fixture.whenPublishingA(succeeded(B, B_RUN))
          .expectScheduledDeadline(Duration.ZERO, runOf(D, B, B_RUN));
    }
  }
}

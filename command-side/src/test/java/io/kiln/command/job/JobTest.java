package io.kiln.command.job;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.job.JobTestData.AUDITOR;
import static io.kiln.command.job.JobTestData.CONTRIBUTOR;
import static io.kiln.command.job.JobTestData.DEFINITION;
import static io.kiln.command.job.JobTestData.HOURLY;
import static io.kiln.command.job.JobTestData.JOB;
import static io.kiln.command.job.JobTestData.JOB_ID;
import static io.kiln.command.job.JobTestData.OPERATOR;
import static io.kiln.command.job.JobTestData.OWNER;
import static io.kiln.command.job.JobTestData.PLATFORM_ADMIN;
import static io.kiln.command.job.JobTestData.PROFILE;
import static io.kiln.command.job.JobTestData.PROJECT;
import static io.kiln.command.job.JobTestData.PYTHON;
import static io.kiln.command.job.JobTestData.RUNTIME;
import static io.kiln.command.job.JobTestData.STRANGER;
import static io.kiln.command.job.JobTestData.THREE_TRIES;
import static io.kiln.command.job.JobTestData.VIEWER;
import static io.kiln.command.job.JobTestData.create;
import static io.kiln.command.job.JobTestData.created;

import io.kiln.command.Actors;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.CreateJobCommand;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobNotifications;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobTest {
  private final JobWorld world = new JobWorld();

  private static CreateJobCommand withTrigger(JobTrigger trigger) {
    return create(trigger);
  }

  @Nested
  class Create {
    @Test
    void contributorDefinesAManualJobWithDefaults() {
      var command = new CreateJobCommand(JOB_ID, PROJECT, "Train", "jobs/train.py", null, null, RUNTIME, PROFILE,
          null, null, null, null);
      world.fixture.givenNoPriorActivity()
          .when(command, Actors.user(CONTRIBUTOR))
          .expectEvents(new JobCreatedEvent(JOB, PROJECT, CONTRIBUTOR, "Train", new JobDefinition("jobs/train.py",
              List.of(), Map.of(), RUNTIME, PROFILE, 86_400, RetryPolicy.NONE), JobTrigger.MANUAL,
              JobNotifications.NONE))
          .expectResultMessagePayload(JOB)
          .expectNoScheduledDeadlines();
    }

    @Test
    void aCronJobFillsInItsZoneAndPolicyAndArmsItsSchedule() {
      world.fixture.givenCurrentTime(Instant.parse("2026-01-05T10:20:00Z"))
          .when(withTrigger(new JobTrigger(TriggerType.CRON, " 0 * * * * ", null, null, null)),
              Actors.user(OWNER))
          .expectEvents(created(HOURLY))
          .expectScheduledDeadline(Instant.parse("2026-01-05T11:00:00Z"),
              new CronTick(0, Instant.parse("2026-01-05T11:00:00Z")));
    }

    @Test
    void retryWithoutKindsRetriesEveryKind() {
      var command = new CreateJobCommand(JOB_ID, PROJECT, "Train", DEFINITION.script(), DEFINITION.arguments(),
          DEFINITION.environment(), RUNTIME, PROFILE, 3600L, new RetryPolicy(3, 60, null), null, null);
      world.fixture.givenNoPriorActivity()
          .when(command, Actors.user(OWNER))
          .expectEvents(created(JobTrigger.MANUAL, THREE_TRIES, 3600));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "61 * * * *", "* * * *", "0 0 30 2 *", "every hour", "0 9 * * MON-FRY"})
    void aMalformedCronExpressionIsRefused(String cron) {
      world.fixture.givenNoPriorActivity()
          .when(withTrigger(JobTrigger.cron(cron, "UTC", ConcurrencyPolicy.ALLOW)), Actors.user(OWNER))
          .expectException(invalidField("trigger.cron"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "+02:00", "GMT+2", "europe/berlin"})
    void anUnknownTimeZoneIsRefused(String zone) {
      world.fixture.givenNoPriorActivity()
          .when(withTrigger(JobTrigger.cron("0 3 * * *", zone, null)), Actors.user(OWNER))
          .expectException(invalidField("trigger.timeZone"))
          .expectNoEvents();
    }

    @Test
    void partsOfAnotherTriggerTypeAreRefused() {
      world.fixture.givenNoPriorActivity()
          .when(withTrigger(new JobTrigger(TriggerType.MANUAL, "0 * * * *", null, null, null)), Actors.user(OWNER))
          .expectException(invalidField("trigger.cron"));
      world.fixture.givenNoPriorActivity()
          .when(withTrigger(new JobTrigger(TriggerType.CRON, "0 * * * *", null, null, List.of(JOB))),
              Actors.user(OWNER))
          .expectException(invalidField("trigger.parentJobIds"));
    }

    @Test
    void aDependentJobNamesJobsOfItsProject() {
      world.fixture.givenNoPriorActivity()
          .when(withTrigger(JobTrigger.dependent(List.of("0b0b0b0b-0000-4000-8000-000000000000"))),
              Actors.user(OWNER))
          .expectException(invalidField("trigger.parentJobIds"))
          .expectNoEvents();
    }

    @Test
    void aDependentJobOnAnExistingParent() {
      String parent = "4b1c1d3e-0000-4000-8000-0000000000aa";
      world.graph.job(parent, "Prepare");
      world.fixture.givenNoPriorActivity()
          .when(withTrigger(JobTrigger.dependent(List.of(parent))), Actors.user(OWNER))
          .expectEvents(created(JobTrigger.dependent(List.of(parent))))
          .expectNoScheduledDeadlines();
    }

    @Test
    void namesAreUniqueInTheProjectWhateverTheCase() {
      world.graph.job("4b1c1d3e-0000-4000-8000-0000000000aa", "TRAIN");
      world.fixture.givenNoPriorActivity()
          .when(create(JobTrigger.MANUAL), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.JOB_NAME_TAKEN))
          .expectNoEvents();
    }

    @Test
    void badDefinitionsAreRefusedField() {
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "../secrets.py", null, null, RUNTIME, PROFILE, null,
              null, null, null), Actors.user(OWNER))
          .expectException(invalidField("script"));
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", null, null, RUNTIME, PROFILE,
              Duration.ofDays(8).toSeconds(), null, null, null), Actors.user(OWNER))
          .expectException(invalidField("timeoutSeconds"));
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", null, null, RUNTIME, PROFILE, null,
              new RetryPolicy(11, 0, null), null, null), Actors.user(OWNER))
          .expectException(invalidField("retry.maxAttempts"));
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", List.of("ok", "bad\u0000"), null, RUNTIME,
              PROFILE, null, null, null, null), Actors.user(OWNER))
          .expectException(invalidField("arguments"));
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", null, Map.of("1BAD", "x"), RUNTIME,
              PROFILE, null, null, null, null), Actors.user(OWNER))
          .expectException(invalidField("environment"));
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", null, null, RUNTIME, PROFILE, null, null,
              null, new JobNotifications(List.of("not an address"), null, null, null, null)), Actors.user(OWNER))
          .expectException(invalidField("notifications.succeeded"))
          .expectNoEvents();
    }

    @Test
    void theRuntimeMustBeUsable() {
      world.catalog.with(new RuntimeEntry(RUNTIME, "python", "img", PYTHON.editor(), RuntimeStatus.DISABLED, null));
      world.fixture.givenNoPriorActivity()
          .when(create(JobTrigger.MANUAL), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.RUNTIME_DISABLED))
          .expectNoEvents();
    }

    @Test
    void unknownRuntimesAndProfilesAreRefused() {
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", null, null, PROFILE, PROFILE, null, null, null,
              null), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.RUNTIME_NOT_FOUND));
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(JOB_ID, PROJECT, "Train", "a.py", null, null, RUNTIME, RUNTIME, null, null, null,
              null), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.RESOURCE_PROFILE_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void operatorsViewersAndAuditorsCannotDefineJobs() {
      for (String who : List.of(OPERATOR, VIEWER)) {
        world.fixture.givenNoPriorActivity()
            .when(create(JobTrigger.MANUAL), Actors.user(who))
            .expectException(kilnError(ErrorCode.FORBIDDEN))
            .expectNoEvents();
      }
      world.fixture.givenNoPriorActivity()
          .when(create(JobTrigger.MANUAL), Actors.auditor(AUDITOR))
          .expectException(kilnError(ErrorCode.FORBIDDEN));
    }

    @Test
    void strangersDoNotSeeThePrivateProject() {
      world.fixture.givenNoPriorActivity()
          .when(create(JobTrigger.MANUAL), Actors.user(STRANGER))
          .expectException(kilnError(ErrorCode.PROJECT_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void platformAdminsDefineJobsAnywhere() {
      world.fixture.givenNoPriorActivity()
          .when(create(JobTrigger.MANUAL), Actors.admin(PLATFORM_ADMIN))
          .expectSuccessfulHandlerExecution()
          .expectResultMessagePayload(JOB);
    }

    @Test
    void anArchivedProjectGetsNoNewJobs() {
      world.projects.archive(JobTestData.PROJECT);
      world.fixture.givenNoPriorActivity()
          .when(create(JobTrigger.MANUAL), Actors.user(OWNER))
          .expectException(kilnError(ErrorCode.PROJECT_ARCHIVED));
    }

    @Test
    void theIdIsTheCommandsOwn() {
      JobId other = new JobId("4b1c1d3e-0000-4000-8000-0000000000cc");
      world.fixture.givenNoPriorActivity()
          .when(new CreateJobCommand(other, PROJECT, "Train", "a.py", null, null, RUNTIME, PROFILE, null, null, null,
              null), Actors.user(OWNER))
          .expectResultMessagePayload(other.value());
    }
  }
}

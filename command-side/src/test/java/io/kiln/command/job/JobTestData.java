package io.kiln.command.job;

import io.kiln.command.project.FakeProjectAccess;

import io.kiln.command.catalog.ProfileEntry;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.job.ConcurrencyPolicy;
import io.kiln.domain.job.CreateJobCommand;
import io.kiln.domain.job.FailureKind;
import io.kiln.domain.job.JobCreatedEvent;
import io.kiln.domain.job.JobDefinition;
import io.kiln.domain.job.JobId;
import io.kiln.domain.job.JobNotifications;
import io.kiln.domain.job.JobRunScheduledEvent;
import io.kiln.domain.job.JobTrigger;
import io.kiln.domain.job.RetryPolicy;
import io.kiln.domain.job.RunTrigger;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.workload.Resources;
import java.util.List;
import java.util.Map;

/** One project with a job "Train" and the people around it; the catalogue it runs on. */
final class JobTestData {
  static final String PROJECT = "6d2b7c1e-8f3a-4d5b-9e0c-1a2b3c4d5e6f";
  static final String JOB = "4b1c1d3e-0000-4000-8000-00000000000a";
  static final JobId JOB_ID = new JobId(JOB);
  static final String RUN = "5c1c1d3e-0000-4000-8000-0000000000b1";

  static final String OWNER = "0a1b2c3d-0000-4000-8000-000000000001";
  static final String CONTRIBUTOR = "0a1b2c3d-0000-4000-8000-000000000003";
  static final String OPERATOR = "0a1b2c3d-0000-4000-8000-000000000004";
  static final String VIEWER = "0a1b2c3d-0000-4000-8000-000000000005";
  static final String STRANGER = "0a1b2c3d-0000-4000-8000-000000000006";
  static final String PLATFORM_ADMIN = "0a1b2c3d-0000-4000-8000-000000000007";
  static final String AUDITOR = "0a1b2c3d-0000-4000-8000-000000000008";

  static final String RUNTIME = "7e000000-0000-4000-8000-000000000001";
  static final String PROFILE = "7f000000-0000-4000-8000-000000000001";
  static final Resources SMALL = new Resources(1000, 2048, 0, null);
  static final RuntimeEntry PYTHON = new RuntimeEntry(RUNTIME, "python", "registry/python:3.11", Editor.NONE,
      RuntimeStatus.ENABLED, null);
  static final ProfileEntry SMALL_PROFILE = new ProfileEntry(PROFILE, "small", SMALL, false);

  static final JobDefinition DEFINITION = new JobDefinition("jobs/train.py", List.of("--epochs", "3"),
      Map.of("MODE", "full"), RUNTIME, PROFILE, 3600, RetryPolicy.NONE);
  static final RetryPolicy THREE_TRIES = new RetryPolicy(3, 60, List.of(FailureKind.values()));
  static final JobTrigger HOURLY = JobTrigger.cron("0 * * * *", "UTC", ConcurrencyPolicy.ALLOW);

  private JobTestData() {}

  static FakeProjectAccess team() {
    return new FakeProjectAccess().project(PROJECT, OWNER).role(PROJECT, CONTRIBUTOR, ProjectRole.CONTRIBUTOR)
        .role(PROJECT, OPERATOR, ProjectRole.OPERATOR).role(PROJECT, VIEWER, ProjectRole.VIEWER);
  }

  static FakeCatalog catalog() {
    return new FakeCatalog().with(PYTHON).with(SMALL_PROFILE);
  }

  static CreateJobCommand create(JobTrigger trigger) {
    return new CreateJobCommand(JOB_ID, PROJECT, "Train", DEFINITION.script(), DEFINITION.arguments(),
        DEFINITION.environment(), RUNTIME, PROFILE, DEFINITION.timeoutSeconds(), null, trigger, null);
  }

  static JobCreatedEvent created(JobTrigger trigger) {
    return new JobCreatedEvent(JOB, PROJECT, OWNER, "Train", DEFINITION, trigger, JobNotifications.NONE);
  }

  static JobCreatedEvent created(JobTrigger trigger, RetryPolicy retry, long timeoutSeconds) {
    JobDefinition definition = new JobDefinition(DEFINITION.script(), DEFINITION.arguments(),
        DEFINITION.environment(), RUNTIME, PROFILE, timeoutSeconds, retry);
    return new JobCreatedEvent(JOB, PROJECT, OWNER, "Train", definition, trigger, JobNotifications.NONE);
  }

  static JobRunScheduledEvent scheduled(String runId, RunTrigger trigger, JobDefinition definition) {
    return new JobRunScheduledEvent(runId, JOB, PROJECT, OWNER, "Train", trigger, RUNTIME, "python",
        "registry/python:3.11", false, PROFILE, "small", SMALL, definition.script(), definition.arguments(),
        definition.environment(), definition.timeoutSeconds(), definition.retry());
  }
}

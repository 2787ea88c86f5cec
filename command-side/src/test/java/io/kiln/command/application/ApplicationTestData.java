package io.kiln.command.application;

import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.ApplicationDeletedEvent;
import io.kiln.domain.application.ApplicationFailedEvent;
import io.kiln.domain.application.ApplicationId;
import io.kiln.domain.application.ApplicationRestartRequestedEvent;
import io.kiln.domain.application.ApplicationRunningEvent;
import io.kiln.domain.application.ApplicationState;
import io.kiln.domain.application.ApplicationStopRequestedEvent;
import io.kiln.domain.application.ApplicationStoppedEvent;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.project.ProjectRole;
import io.kiln.domain.workload.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One application, "Churn dashboard" on subdomain "churn", created by Alice in project "Churn". */
final class ApplicationTestData {
  static final String APP = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f";
  static final ApplicationId APP_ID = new ApplicationId(APP);
  static final String NAME = "Churn dashboard";
  static final String SUBDOMAIN = "churn";
  static final String SCRIPT = "app/main.py";
  static final String URL = "https://churn.apps.kiln.example.com";

  static final String PROJECT = "6d2b7c1e-8f3a-4d5b-9e0c-1a2b3c4d5e6f";
  static final String OTHER_PROJECT = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
  static final String UNKNOWN_PROJECT = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f";

  static final String PROJECT_OWNER = "0a1b2c3d-0000-4000-8000-000000000001";
  static final String PROJECT_ADMIN = "0a1b2c3d-0000-4000-8000-000000000002";
  /** A contributor; the owner of the application. */
  static final String ALICE = "0a1b2c3d-0000-4000-8000-000000000003";
  static final String OPERATOR = "0a1b2c3d-0000-4000-8000-000000000004";
  static final String VIEWER = "0a1b2c3d-0000-4000-8000-000000000005";
  static final String STRANGER = "0a1b2c3d-0000-4000-8000-000000000006";
  static final String PLATFORM_ADMIN = "0a1b2c3d-0000-4000-8000-000000000007";
  static final String AUDITOR = "0a1b2c3d-0000-4000-8000-000000000008";
  static final String EFFECTOR = "system:application-effector";

  static final String RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
  static final String DEPRECATED_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a01";
  static final String DISABLED_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a02";
  static final String FOREIGN_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a04";
  static final String UNKNOWN_ID = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4aff";
  static final String IMAGE = "registry.example.com/ml/python:3.11";
  static final String PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d";
  static final String GPU_PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c01";
  static final String RETIRED_PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c02";
  static final Resources SMALL = new Resources(2_000, 8_192, 0, null);
  static final Resources GPU = new Resources(8_000, 32_768, 2, "nvidia-a100");
  static final Map<String, String> ENVIRONMENT = Map.of("MODE", "production", "WORKERS", "4");

  private ApplicationTestData() {}

  /** Project "Churn" (private) with one member of each role, and another project. */
  static FakeProjectAccess projects() {
    return new FakeProjectAccess()
        .project(PROJECT, PROJECT_OWNER)
        .role(PROJECT, PROJECT_ADMIN, ProjectRole.ADMIN)
        .role(PROJECT, ALICE, ProjectRole.CONTRIBUTOR)
        .role(PROJECT, OPERATOR, ProjectRole.OPERATOR)
        .role(PROJECT, VIEWER, ProjectRole.VIEWER)
        .project(OTHER_PROJECT, STRANGER);
  }

  static FakeCatalog catalog() {
    return new FakeCatalog()
        .runtime(RUNTIME, "Python 3.11", IMAGE)
        .runtime(DEPRECATED_RUNTIME, "Python 3.8", "python:3.8", Editor.NONE, RuntimeStatus.DEPRECATED, null)
        .runtime(DISABLED_RUNTIME, "Python 2", "python:2", Editor.NONE, RuntimeStatus.DISABLED, null)
        .runtime(FOREIGN_RUNTIME, "Other image", "registry.example.com/other:1", Editor.NONE, RuntimeStatus.ENABLED,
            OTHER_PROJECT)
        .profile(PROFILE, "Small", SMALL)
        .profile(GPU_PROFILE, "GPU", GPU)
        .profile(RETIRED_PROFILE, "Old", SMALL, true);
  }

  static AggregateTestFixture<Application> fixture(FakeProjectAccess projects, FakeCatalog catalog,
                                                   FakeQuotaLedger quotas, FakeApplicationSubdomains subdomains) {
    AggregateTestFixture<Application> fixture = new AggregateTestFixture<>(Application.class);
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(catalog);
    fixture.registerInjectableResource(quotas);
    fixture.registerInjectableResource(subdomains);
    return fixture;
  }

  /** What Alice's creation with {@link #RUNTIME}, {@link #PROFILE} and {@link #ENVIRONMENT} records. */
  static ApplicationCreatedEvent created() {
    return created(ALICE, ENVIRONMENT);
  }

  static ApplicationCreatedEvent created(String owner, Map<String, String> environment) {
    return new ApplicationCreatedEvent(APP, PROJECT, owner, NAME, SUBDOMAIN, SCRIPT, RUNTIME, "Python 3.11", IMAGE,
        false, PROFILE, "Small", SMALL, environment);
  }

  static ApplicationRestartRequestedEvent restarted(int generation) {
    return new ApplicationRestartRequestedEvent(APP, PROJECT, ALICE, NAME, generation, SMALL);
  }

  static ApplicationRunningEvent running() {
    return new ApplicationRunningEvent(APP, URL);
  }

  static ApplicationStopRequestedEvent stopRequested() {
    return new ApplicationStopRequestedEvent(APP);
  }

  static ApplicationStoppedEvent stopped() {
    return new ApplicationStoppedEvent(APP);
  }

  static ApplicationFailedEvent failed(String reason) {
    return new ApplicationFailedEvent(APP, reason);
  }

  static ApplicationDeletedEvent deleted() {
    return new ApplicationDeletedEvent(APP, SUBDOMAIN);
  }

  /**
   * Alice's application, in its first generation, as it is in {@code state}: created (STARTING), running, asked to
   * stop and stopped, or failed while running; deleted once stopped. Its version is the size of this list minus one.
   */
  static List<Object> history(ApplicationState state) {
    List<Object> events = new ArrayList<>(List.of(created()));
    switch (state) {
      case STARTING -> { }
      case RUNNING -> events.add(running());
      case STOPPING -> events.addAll(List.of(running(), stopRequested()));
      case STOPPED -> events.addAll(List.of(running(), stopRequested(), stopped()));
      case FAILED -> events.addAll(List.of(running(), failed("CrashLoopBackOff")));
      case DELETED -> events.addAll(List.of(running(), stopRequested(), stopped(), deleted()));
      default -> throw new IllegalArgumentException(state.name());
    }
    return events;
  }

  static long version(ApplicationState state) {
    return history(state).size() - 1L;
  }
}

package io.kiln.command.application;

import io.kiln.command.ChurnWorld;
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
import io.kiln.domain.workload.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One application, "Churn dashboard" on subdomain "churn", created by Alice in project "Churn". */
final class ApplicationTestData extends ChurnWorld {
  static final String APP = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f";
  static final ApplicationId APP_ID = new ApplicationId(APP);
  static final String NAME = "Churn dashboard";
  static final String SUBDOMAIN = "churn";
  static final String SCRIPT = "app/main.py";
  static final String URL = "https://churn.apps.kiln.example.com";

  static final String EFFECTOR = "system:application-effector";

  static final String UNKNOWN_ID = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4aff";
  static final String IMAGE = "registry.example.com/ml/python:3.11";
  static final Resources SMALL = new Resources(2_000, 8_192, 0, null);
  static final Resources GPU = new Resources(8_000, 32_768, 2, "nvidia-a100");
  static final Map<String, String> ENVIRONMENT = Map.of("MODE", "production", "WORKERS", "4");

  private ApplicationTestData() {}

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

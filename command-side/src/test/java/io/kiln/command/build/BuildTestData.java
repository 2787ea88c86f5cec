package io.kiln.command.build;

import io.kiln.command.ChurnWorld;
import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.catalog.RuntimeEntry;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.domain.build.BuildAdmittedEvent;
import io.kiln.domain.build.BuildCancelledEvent;
import io.kiln.domain.build.BuildFailedEvent;
import io.kiln.domain.build.BuildId;
import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildPushingEvent;
import io.kiln.domain.build.BuildRecipe;
import io.kiln.domain.build.BuildRequestedEvent;
import io.kiln.domain.build.BuildRunningEvent;
import io.kiln.domain.build.BuildSource;
import io.kiln.domain.build.BuildState;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.build.BuildTimedOutEvent;
import io.kiln.domain.build.RequestBuildCommand;
import io.kiln.domain.build.SourceKind;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One build, requested by Alice in project "Churn": a runtime "churn-features" on Python 3.11, and its world. */
final class BuildTestData extends ChurnWorld {
  static final String BUILD = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
  static final BuildId BUILD_ID = new BuildId(BUILD);

  static final String EFFECTOR = "system:build-effector";

  static final String UNKNOWN_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4aff";
  static final String BASE_IMAGE = "registry.example.com/ml/python:3.11";
  static final String KERNEL = "python3";

  static final String NAME = "churn-features";
  static final BuildSource SOURCE = new BuildSource(SourceKind.PROJECT_GIT, null, null, "9fceb02");
  static final BuildRecipe RECIPE = new BuildRecipe("envs/requirements-train.txt", "scripts/setup.sh");
  static final String MODEL = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b";
  /** The repository {@link #BUILD} pushes to: registry / first 8 of the project / name : first 8 of the build. */
  static final String IMAGE = "registry.kiln.example.com/6d2b7c1e/churn-features:3c4d5e6f";
  static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

  static final BuildSettings SETTINGS = new BuildSettings(3, 2, Duration.ofMinutes(60), "registry.kiln.example.com");
  static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");

  private BuildTestData() {}

  /** The catalogue; Python 3.11 names its kernel, which FakeCatalog's builder cannot say, hence the override. */
  static FakeCatalog catalog() {
    FakeCatalog catalog = new FakeCatalog() {
      @Override
      public Optional<RuntimeEntry> runtime(String runtimeId) {
        return RUNTIME.equals(runtimeId)
            ? Optional.of(new RuntimeEntry(RUNTIME, "Python 3.11", BASE_IMAGE, Editor.JUPYTERLAB,
                RuntimeStatus.ENABLED, null, KERNEL))
            : super.runtime(runtimeId);
      }
    };
    return catalog
        .runtime(DEPRECATED_RUNTIME, "Python 3.8", "python:3.8", Editor.VSCODE, RuntimeStatus.DEPRECATED, null)
        .runtime(DISABLED_RUNTIME, "Python 2", "python:2", Editor.JUPYTERLAB, RuntimeStatus.DISABLED, null)
        .runtime(PROJECT_RUNTIME, "Churn image", "registry.example.com/churn:7", Editor.NONE, RuntimeStatus.ENABLED,
            PROJECT)
        .runtime(FOREIGN_RUNTIME, "Other image", "registry.example.com/other:1", Editor.NONE, RuntimeStatus.ENABLED,
            OTHER_PROJECT);
  }

  /**
   * A fixture for {@link Build} with the given collaborators and {@link #SETTINGS}; Axon's clock follows the
   * fixture's simulated time throughout, deadline handlers included. Undo with {@link #restoreClock()}.
   */
  static AggregateTestFixture<Build> fixture(FakeProjectAccess projects, FakeCatalog catalog) {
    AggregateTestFixture<Build> fixture = new AggregateTestFixture<>(Build.class);
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(catalog);
    fixture.registerInjectableResource(SETTINGS);
    followSimulatedTime(fixture);
    return fixture;
  }

  static AggregateTestFixture<Build> fixture() {
    return fixture(projects(), catalog());
  }

  static RequestBuildCommand request(String project, BuildKind kind, String name, BuildSource source,
                                     String runtime, BuildRecipe recipe, String modelId) {
    return new RequestBuildCommand(BUILD_ID, project, kind, name, source, runtime, recipe, modelId);
  }

  static RequestBuildCommand request() {
    return request(PROJECT, BuildKind.RUNTIME, NAME, SOURCE, RUNTIME, RECIPE, null);
  }

  /** What {@link #request()} by Alice at {@link #T0} records. */
  static BuildRequestedEvent requested() {
    return requested(ALICE, RECIPE);
  }

  static BuildRequestedEvent requested(String requester, BuildRecipe recipe) {
    return new BuildRequestedEvent(BUILD, PROJECT, requester, BuildKind.RUNTIME, NAME, SOURCE, RUNTIME, BASE_IMAGE,
        Editor.JUPYTERLAB, KERNEL, recipe, null, IMAGE, 3_600, T0);
  }

  static BuildAdmittedEvent admitted() {
    return new BuildAdmittedEvent(BUILD, PROJECT);
  }

  static BuildRunningEvent running() {
    return new BuildRunningEvent(BUILD);
  }

  static BuildPushingEvent pushing() {
    return new BuildPushingEvent(BUILD);
  }

  static BuildSucceededEvent succeeded() {
    return new BuildSucceededEvent(BUILD, PROJECT, BuildKind.RUNTIME, NAME, null, IMAGE, DIGEST, Editor.JUPYTERLAB,
        KERNEL);
  }

  static BuildFailedEvent failed(String reason, String logTail) {
    return new BuildFailedEvent(BUILD, PROJECT, reason, logTail);
  }

  static BuildTimedOutEvent timedOut(String logTail) {
    return new BuildTimedOutEvent(BUILD, PROJECT, logTail);
  }

  static BuildCancelledEvent cancelled(String by) {
    return new BuildCancelledEvent(BUILD, PROJECT, by);
  }

  /**
   * Alice's build as it is in {@code state}, by the usual road: requested, admitted, running, pushing, then
   * succeeded; failed or timed out while running; cancelled while it waited. Its version is the size minus one.
   */
  static List<Object> history(BuildState state) {
    List<Object> events = new ArrayList<>(List.of(requested()));
    switch (state) {
      case QUEUED -> { }
      case CANCELLED -> events.add(cancelled(ALICE));
      case RUNNING -> events.addAll(List.of(admitted(), running()));
      case PUSHING -> events.addAll(List.of(admitted(), running(), pushing()));
      case SUCCEEDED -> events.addAll(List.of(admitted(), running(), pushing(), succeeded()));
      case FAILED -> events.addAll(List.of(admitted(), running(), failed("exit code 1", "ERROR: no matching dist")));
      case TIMEDOUT -> events.addAll(List.of(admitted(), running(), timedOut(null)));
      default -> throw new IllegalArgumentException(state.toString());
    }
    return events;
  }

  static long version(BuildState state) {
    return history(state).size() - 1L;
  }
}

package io.kiln.command.session;

import io.kiln.command.ChurnWorld;
import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.session.SessionActivityRecordedEvent;
import io.kiln.domain.session.SessionFailedEvent;
import io.kiln.domain.session.SessionId;
import io.kiln.domain.session.SessionRunningEvent;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.session.SessionStartingEvent;
import io.kiln.domain.session.SessionState;
import io.kiln.domain.session.SessionStopReason;
import io.kiln.domain.session.SessionStopRequestedEvent;
import io.kiln.domain.session.SessionStoppedEvent;
import io.kiln.domain.session.StartSessionCommand;
import io.kiln.domain.workload.Resources;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One session, started by Alice in project "Churn" with Python and the Small profile, and the world around it. */
final class SessionTestData extends ChurnWorld {
  static final String SESSION = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
  static final SessionId SESSION_ID = new SessionId(SESSION);

  static final String EFFECTOR = "system:session-effector";

  static final String UNKNOWN_ID = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4aff";
  static final String IMAGE = "registry.example.com/ml/python:3.11";

  static final Resources SMALL = new Resources(2_000, 8_192, 0, null);
  static final Resources GPU = new Resources(8_000, 32_768, 2, "nvidia-a100");

  static final SessionSettings SETTINGS = new SessionSettings(Duration.ofMinutes(60), Duration.ofHours(24),
      Duration.ofDays(7));
  static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
  static final String URL = "https://sessions.kiln.example.com/5a6b7c8d";

  private SessionTestData() {}

  static FakeCatalog catalog() {
    return new FakeCatalog()
        .runtime(RUNTIME, "Python 3.11", IMAGE)
        .runtime(DEPRECATED_RUNTIME, "Python 3.8", "python:3.8", Editor.VSCODE, RuntimeStatus.DEPRECATED, null)
        .runtime(DISABLED_RUNTIME, "Python 2", "python:2", Editor.JUPYTERLAB, RuntimeStatus.DISABLED, null)
        .runtime(PROJECT_RUNTIME, "Churn image", "registry.example.com/churn:7", Editor.NONE, RuntimeStatus.ENABLED,
            PROJECT)
        .runtime(FOREIGN_RUNTIME, "Other image", "registry.example.com/other:1", Editor.NONE, RuntimeStatus.ENABLED,
            OTHER_PROJECT)
        .profile(PROFILE, "Small", SMALL)
        .profile(GPU_PROFILE, "GPU", GPU)
        .profile(RETIRED_PROFILE, "Old", SMALL, true);
  }

  /**
   * A fixture for {@link Session} with the given collaborators and {@link #SETTINGS}. The fixture sets Axon's clock
   * to its simulated time only while it handles a command; this makes the clock follow simulated time throughout,
   * deadline handlers included. Undo with {@link #restoreClock()}.
   */
  static AggregateTestFixture<Session> fixture(FakeProjectAccess projects, FakeCatalog catalog,
                                               FakeQuotaLedger quotas) {
    AggregateTestFixture<Session> fixture = new AggregateTestFixture<>(Session.class);
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(catalog);
    fixture.registerInjectableResource(quotas);
    fixture.registerInjectableResource(SETTINGS);
    followSimulatedTime(fixture);
    return fixture;
  }

  static StartSessionCommand start(String project, String runtime, String profile, String name, Integer idleMinutes) {
    return new StartSessionCommand(SESSION_ID, project, runtime, profile, name, idleMinutes);
  }

  static StartSessionCommand start() {
    return start(PROJECT, RUNTIME, PROFILE, "Exploration", null);
  }

  /** What {@link #start()} by Alice at {@link #T0} records. */
  static SessionStartRequestedEvent startRequested() {
    return startRequested(ALICE, 3_600);
  }

  static SessionStartRequestedEvent startRequested(String owner, long idleTimeoutSeconds) {
    return new SessionStartRequestedEvent(SESSION, PROJECT, owner, "Exploration", RUNTIME, "Python 3.11", IMAGE,
        Editor.JUPYTERLAB, false, PROFILE, "Small", SMALL, idleTimeoutSeconds, T0.plus(Duration.ofDays(7)));
  }

  static SessionStartingEvent starting() {
    return new SessionStartingEvent(SESSION);
  }

  static SessionRunningEvent running() {
    return new SessionRunningEvent(SESSION, URL);
  }

  static SessionStopRequestedEvent stopRequested(SessionStopReason reason) {
    return new SessionStopRequestedEvent(SESSION, reason);
  }

  static SessionStoppedEvent stopped() {
    return new SessionStoppedEvent(SESSION);
  }

  static SessionFailedEvent failed(String reason) {
    return new SessionFailedEvent(SESSION, reason);
  }

  static SessionActivityRecordedEvent activity(Instant at) {
    return new SessionActivityRecordedEvent(SESSION, at);
  }

  /**
   * Alice's session as it is in {@code state}, by the usual road: started, starting, running, then asked to stop
   * and stopped, or failed while running. The session's version is the size of this list minus one.
   */
  static List<Object> history(SessionState state) {
    List<Object> events = new ArrayList<>(List.of(startRequested()));
    if (state == SessionState.SCHEDULING) {
      return events;
    }
    events.add(starting());
    if (state == SessionState.STARTING) {
      return events;
    }
    events.add(running());
    switch (state) {
      case STOPPING -> events.add(stopRequested(SessionStopReason.USER));
      case STOPPED -> events.addAll(List.of(stopRequested(SessionStopReason.USER), stopped()));
      case FAILED -> events.add(failed("OOMKilled"));
      default -> { }
    }
    return events;
  }

  static long version(SessionState state) {
    return history(state).size() - 1L;
  }
}

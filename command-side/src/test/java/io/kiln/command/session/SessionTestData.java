package io.kiln.command.session;

import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.project.ProjectRole;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One session, started by Alice in project "Churn" with Python and the Small profile, and the world around it. */
final class SessionTestData {
  static final String SESSION = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
  static final SessionId SESSION_ID = new SessionId(SESSION);
  static final String PROJECT = "6d2b7c1e-8f3a-4d5b-9e0c-1a2b3c4d5e6f";
  static final String OTHER_PROJECT = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
  static final String ARCHIVED_PROJECT = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b";
  static final String UNKNOWN_PROJECT = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f";

  static final String PROJECT_OWNER = "0a1b2c3d-0000-4000-8000-000000000001";
  static final String PROJECT_ADMIN = "0a1b2c3d-0000-4000-8000-000000000002";
  /** A contributor; the owner of the session. */
  static final String ALICE = "0a1b2c3d-0000-4000-8000-000000000003";
  /** Another contributor. */
  static final String BOB = "0a1b2c3d-0000-4000-8000-000000000009";
  static final String OPERATOR = "0a1b2c3d-0000-4000-8000-000000000004";
  static final String VIEWER = "0a1b2c3d-0000-4000-8000-000000000005";
  static final String STRANGER = "0a1b2c3d-0000-4000-8000-000000000006";
  static final String PLATFORM_ADMIN = "0a1b2c3d-0000-4000-8000-000000000007";
  static final String AUDITOR = "0a1b2c3d-0000-4000-8000-000000000008";
  static final String EFFECTOR = "system:session-effector";

  static final String RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
  static final String DEPRECATED_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a01";
  static final String DISABLED_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a02";
  static final String PROJECT_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a03";
  static final String FOREIGN_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a04";
  static final String UNKNOWN_ID = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4aff";
  static final String IMAGE = "registry.example.com/ml/python:3.11";

  static final String PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d";
  static final String GPU_PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c01";
  static final String RETIRED_PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c02";
  static final Resources SMALL = new Resources(2_000, 8_192, 0, null);
  static final Resources GPU = new Resources(8_000, 32_768, 2, "nvidia-a100");

  static final SessionSettings SETTINGS = new SessionSettings(Duration.ofMinutes(60), Duration.ofHours(24),
      Duration.ofDays(7));
  static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
  static final String URL = "https://sessions.kiln.example.com/5a6b7c8d";

  private SessionTestData() {}

  /** Project "Churn" (private) with one member of each role, an archived project, and another project. */
  static FakeProjectAccess projects() {
    return new FakeProjectAccess()
        .project(PROJECT, PROJECT_OWNER)
        .role(PROJECT, PROJECT_ADMIN, ProjectRole.ADMIN)
        .role(PROJECT, ALICE, ProjectRole.CONTRIBUTOR)
        .role(PROJECT, BOB, ProjectRole.CONTRIBUTOR)
        .role(PROJECT, OPERATOR, ProjectRole.OPERATOR)
        .role(PROJECT, VIEWER, ProjectRole.VIEWER)
        .project(ARCHIVED_PROJECT, PROJECT_OWNER)
        .role(ARCHIVED_PROJECT, ALICE, ProjectRole.CONTRIBUTOR)
        .archive(ARCHIVED_PROJECT)
        .project(OTHER_PROJECT, STRANGER);
  }

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
    GenericEventMessage.clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return fixture.currentTime();
      }
    };
    return fixture;
  }

  static void restoreClock() {
    GenericEventMessage.clock = Clock.systemUTC();
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

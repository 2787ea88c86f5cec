package io.kiln.command;

import io.kiln.command.project.FakeProjectAccess;
import io.kiln.domain.project.ProjectRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * The world the aggregate tests share: project "Churn" with one member of each role, an archived and another
 * project, the people, and the catalogue's ids. Each aggregate's test data extends it with its own subject.
 */
public class ChurnWorld {
  public static final String PROJECT = "6d2b7c1e-8f3a-4d5b-9e0c-1a2b3c4d5e6f";
  public static final String OTHER_PROJECT = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
  public static final String ARCHIVED_PROJECT = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b";
  public static final String UNKNOWN_PROJECT = "0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f";

  public static final String PROJECT_OWNER = "0a1b2c3d-0000-4000-8000-000000000001";
  public static final String PROJECT_ADMIN = "0a1b2c3d-0000-4000-8000-000000000002";
  /** A contributor: the one who acts in most tests. */
  public static final String ALICE = "0a1b2c3d-0000-4000-8000-000000000003";
  /** Another contributor. */
  public static final String BOB = "0a1b2c3d-0000-4000-8000-000000000009";
  public static final String OPERATOR = "0a1b2c3d-0000-4000-8000-000000000004";
  public static final String VIEWER = "0a1b2c3d-0000-4000-8000-000000000005";
  public static final String STRANGER = "0a1b2c3d-0000-4000-8000-000000000006";
  public static final String PLATFORM_ADMIN = "0a1b2c3d-0000-4000-8000-000000000007";
  public static final String AUDITOR = "0a1b2c3d-0000-4000-8000-000000000008";

  public static final String RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
  public static final String DEPRECATED_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a01";
  public static final String DISABLED_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a02";
  public static final String PROJECT_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a03";
  public static final String FOREIGN_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a04";

  public static final String PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d";
  public static final String GPU_PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c01";
  public static final String RETIRED_PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c02";

  protected ChurnWorld() {}

  /** Project "Churn" (private) with one member of each role, an archived project, and another project. */
  public static FakeProjectAccess projects() {
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

  /**
   * Makes Axon's clock follow the fixture's simulated time throughout, deadline handlers included (the fixture sets
   * it only while it handles a command). Undo with {@link #restoreClock()}.
   */
  public static void followSimulatedTime(AggregateTestFixture<?> fixture) {
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
  }

  public static void restoreClock() {
    GenericEventMessage.clock = Clock.systemUTC();
  }
}

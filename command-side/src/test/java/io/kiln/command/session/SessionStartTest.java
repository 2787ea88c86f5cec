package io.kiln.command.session;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.session.SessionTestData.ALICE;
import static io.kiln.command.session.SessionTestData.ARCHIVED_PROJECT;
import static io.kiln.command.session.SessionTestData.AUDITOR;
import static io.kiln.command.session.SessionTestData.BOB;
import static io.kiln.command.session.SessionTestData.DEPRECATED_RUNTIME;
import static io.kiln.command.session.SessionTestData.DISABLED_RUNTIME;
import static io.kiln.command.session.SessionTestData.FOREIGN_RUNTIME;
import static io.kiln.command.session.SessionTestData.GPU;
import static io.kiln.command.session.SessionTestData.GPU_PROFILE;
import static io.kiln.command.session.SessionTestData.IMAGE;
import static io.kiln.command.session.SessionTestData.OPERATOR;
import static io.kiln.command.session.SessionTestData.PLATFORM_ADMIN;
import static io.kiln.command.session.SessionTestData.PROFILE;
import static io.kiln.command.session.SessionTestData.PROJECT;
import static io.kiln.command.session.SessionTestData.PROJECT_ADMIN;
import static io.kiln.command.session.SessionTestData.PROJECT_OWNER;
import static io.kiln.command.session.SessionTestData.PROJECT_RUNTIME;
import static io.kiln.command.session.SessionTestData.RETIRED_PROFILE;
import static io.kiln.command.session.SessionTestData.RUNTIME;
import static io.kiln.command.session.SessionTestData.SESSION;
import static io.kiln.command.session.SessionTestData.SMALL;
import static io.kiln.command.session.SessionTestData.STRANGER;
import static io.kiln.command.session.SessionTestData.T0;
import static io.kiln.command.session.SessionTestData.UNKNOWN_ID;
import static io.kiln.command.session.SessionTestData.UNKNOWN_PROJECT;
import static io.kiln.command.session.SessionTestData.VIEWER;
import static io.kiln.command.session.SessionTestData.catalog;
import static io.kiln.command.session.SessionTestData.projects;
import static io.kiln.command.session.SessionTestData.restoreClock;
import static io.kiln.command.session.SessionTestData.start;
import static io.kiln.command.session.SessionTestData.startRequested;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.project.Visibility;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.session.SessionStartRequestedEvent;
import io.kiln.domain.workload.Resources;
import java.time.Duration;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionStartTest {
  private final FakeProjectAccess projects = projects();
  private final FakeCatalog catalog = catalog();
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private AggregateTestFixture<Session> fixture;

  @BeforeEach
  void setUp() {
    fixture = SessionTestData.fixture(projects, catalog, quotas);
  }

  @AfterEach
  void tearDown() {
    restoreClock();
  }

  private ResultValidator<Session> startAs(String actor, String role, Object command) {
    return fixture.givenCurrentTime(T0).when(command, Actors.as(actor, role));
  }

  private void refused(String actor, Object command, Matcher<Throwable> error) {
    startAs(actor, "user", command).expectException(error).expectNoEvents().expectNoScheduledDeadlines();
    assertEquals(List.of(), quotas.granted());
  }

  @Test
  void contributorStartsSessionWhichHoldsItsProfileAndCountsIdleTimeAndDuration() {
    startAs(ALICE, "user", start())
        .expectEvents(startRequested())
        .expectResultMessagePayload(SESSION)
        .expectScheduledDeadlineWithName(Duration.ofMinutes(60), Session.IDLE_CHECK)
        .expectScheduledDeadlineWithName(Duration.ofDays(7), Session.MAX_DURATION);
    assertEquals(List.of(new Reservation(ALICE, SMALL)), quotas.granted());
  }

  @ParameterizedTest
  @ValueSource(strings = {PROJECT_OWNER, PROJECT_ADMIN})
  void projectOwnerAndAdminStartSessions(String member) {
    startAs(member, "user", start()).expectEvents(startRequested(member, 3_600));
  }

  @Test
  void platformAdminStartsSessionInAnyProjectOnTheirOwnQuota() {
    startAs(PLATFORM_ADMIN, "admin", start()).expectEvents(startRequested(PLATFORM_ADMIN, 3_600));
    assertEquals(List.of(new Reservation(PLATFORM_ADMIN, SMALL)), quotas.granted());
  }

  @Test
  void chosenIdleTimeoutIsRecordedAndCounted() {
    startAs(ALICE, "user", start(PROJECT, RUNTIME, PROFILE, "Exploration", 15))
        .expectEvents(startRequested(ALICE, 900))
        .expectScheduledDeadlineWithName(Duration.ofMinutes(15), Session.IDLE_CHECK);
  }

  @Test
  void idleTimeoutMayBeTheWorkspaceMaximum() {
    startAs(ALICE, "user", start(PROJECT, RUNTIME, PROFILE, "Exploration", 1_440))
        .expectEvents(startRequested(ALICE, 86_400))
        .expectScheduledDeadlineWithName(Duration.ofHours(24), Session.IDLE_CHECK);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 1_441})
  void idleTimeoutOutsideOneMinuteToTheMaximumIsRefused(int minutes) {
    refused(ALICE, start(PROJECT, RUNTIME, PROFILE, "Exploration", minutes), invalidField("idleTimeoutMinutes"));
  }

  @Test
  void nameIsOptional() {
    SessionStartRequestedEvent e = startRequested();
    startAs(ALICE, "user", start(PROJECT, RUNTIME, PROFILE, null, null))
        .expectEvents(new SessionStartRequestedEvent(SESSION, PROJECT, ALICE, null, RUNTIME, e.runtimeName(), IMAGE,
            Editor.JUPYTERLAB, false, PROFILE, "Small", SMALL, 3_600, e.endsAt()));
  }

  @ParameterizedTest
  @ValueSource(strings = {" Exploration", "Exploration ", "a/b", "tab\there"})
  void invalidNameIsRefused(String name) {
    refused(ALICE, start(PROJECT, RUNTIME, PROFILE, name, null), invalidField("name"));
  }

  @Test
  void nameOver100CharactersIsRefused() {
    refused(ALICE, start(PROJECT, RUNTIME, PROFILE, "n".repeat(101), null), invalidField("name"));
  }

  @ParameterizedTest
  @ValueSource(strings = {OPERATOR, VIEWER})
  void membersBelowContributorCannotStartSessions(String member) {
    refused(member, start(), kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void auditorCannotStartSessions() {
    startAs(AUDITOR, "auditor", start())
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void strangerCannotSeeAPrivateProject() {
    refused(STRANGER, start(), kilnError(ErrorCode.PROJECT_NOT_FOUND));
  }

  @Test
  void strangerSeesAPublicProjectButCannotStartSessions() {
    projects.visibility(PROJECT, Visibility.PUBLIC);
    refused(STRANGER, start(), kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void unknownProjectIsNotFound() {
    refused(ALICE, start(UNKNOWN_PROJECT, RUNTIME, PROFILE, "Exploration", null),
        kilnError(ErrorCode.PROJECT_NOT_FOUND));
  }

  @Test
  void archivedProjectStartsNothing() {
    refused(ALICE, start(ARCHIVED_PROJECT, RUNTIME, PROFILE, "Exploration", null),
        kilnError(ErrorCode.PROJECT_ARCHIVED));
  }

  @Test
  void runtimeIsRequired() {
    refused(ALICE, start(PROJECT, null, PROFILE, "Exploration", null), invalidField("runtimeId"));
  }

  @Test
  void unknownRuntimeIsNotFound() {
    refused(ALICE, start(PROJECT, UNKNOWN_ID, PROFILE, "Exploration", null), kilnError(ErrorCode.RUNTIME_NOT_FOUND));
  }

  @Test
  void runtimeOfAnotherProjectIsNotFound() {
    refused(ALICE, start(PROJECT, FOREIGN_RUNTIME, PROFILE, "Exploration", null),
        kilnError(ErrorCode.RUNTIME_NOT_FOUND));
  }

  @Test
  void disabledRuntimeIsRefused() {
    refused(ALICE, start(PROJECT, DISABLED_RUNTIME, PROFILE, "Exploration", null),
        kilnError(ErrorCode.RUNTIME_DISABLED));
  }

  @Test
  void deprecatedRuntimeStillStartsAndTheEventSaysSo() {
    SessionStartRequestedEvent e = startRequested();
    startAs(ALICE, "user", start(PROJECT, DEPRECATED_RUNTIME, PROFILE, "Exploration", null))
        .expectEvents(new SessionStartRequestedEvent(SESSION, PROJECT, ALICE, "Exploration", DEPRECATED_RUNTIME,
            "Python 3.8", "python:3.8", Editor.VSCODE, true, PROFILE, "Small", SMALL, 3_600, e.endsAt()));
  }

  @Test
  void projectsOwnRuntimeStarts() {
    SessionStartRequestedEvent e = startRequested();
    startAs(ALICE, "user", start(PROJECT, PROJECT_RUNTIME, PROFILE, "Exploration", null))
        .expectEvents(new SessionStartRequestedEvent(SESSION, PROJECT, ALICE, "Exploration", PROJECT_RUNTIME,
            "Churn image", "registry.example.com/churn:7", Editor.NONE, false, PROFILE, "Small", SMALL, 3_600,
            e.endsAt()));
  }

  @Test
  void profileIsRequired() {
    refused(ALICE, start(PROJECT, RUNTIME, null, "Exploration", null), invalidField("profileId"));
  }

  @Test
  void unknownProfileIsNotFound() {
    refused(ALICE, start(PROJECT, RUNTIME, UNKNOWN_ID, "Exploration", null),
        kilnError(ErrorCode.RESOURCE_PROFILE_NOT_FOUND));
  }

  @Test
  void retiredProfileIsRefused() {
    refused(ALICE, start(PROJECT, RUNTIME, RETIRED_PROFILE, "Exploration", null),
        kilnError(ErrorCode.RESOURCE_PROFILE_RETIRED));
  }

  @Test
  void overGpuQuotaIsRefusedWithTheNumbers() {
    quotas.limit(ALICE, new QuotaLimits(64_000, 262_144, 4)).hold("other-session", ALICE, new Resources(1_000, 1_024,
        3, null));
    startAs(ALICE, "user", start(PROJECT, RUNTIME, GPU_PROFILE, "Exploration", null))
        .expectException(quotaExceeded("gpus", 2, 3, 4))
        .expectExceptionMessage("Over your GPU quota: asked 2, using 3 of 4")
        .expectNoEvents()
        .expectNoScheduledDeadlines();
  }

  @Test
  void overCpuQuotaIsRefusedWithTheNumbers() {
    quotas.hold("other-session", ALICE, new Resources(15_000, 1_024, 0, null));
    startAs(ALICE, "user", start())
        .expectException(quotaExceeded("cpuMillis", 2_000, 15_000, 16_000))
        .expectExceptionMessage("Over your CPU quota: asked 2000 millicores, using 15000 of 16000 millicores")
        .expectNoEvents();
  }

  @Test
  void overMemoryQuotaIsRefusedWithTheNumbers() {
    quotas.defaults(new QuotaLimits(32_000, 65_536, 0)).hold("other-app", ALICE, new Resources(1_000, 60_000, 0,
        null));
    startAs(ALICE, "user", start())
        .expectException(quotaExceeded("memoryMiB", 8_192, 60_000, 65_536))
        .expectExceptionMessage("Over your memory quota: asked 8192 MiB, using 60000 of 65536 MiB")
        .expectNoEvents();
  }

  @Test
  void startThatUsesTheLastOfTheQuotaIsAccepted() {
    quotas.limit(ALICE, new QuotaLimits(10_000, 40_960, 2)).hold("other-session", ALICE, new Resources(2_000, 8_192,
        0, null));
    SessionStartRequestedEvent e = startRequested();
    startAs(ALICE, "user", start(PROJECT, RUNTIME, GPU_PROFILE, "Exploration", null))
        .expectEvents(new SessionStartRequestedEvent(SESSION, PROJECT, ALICE, "Exploration", RUNTIME, "Python 3.11",
            IMAGE, Editor.JUPYTERLAB, false, GPU_PROFILE, "GPU", GPU, 3_600, e.endsAt()));
  }

  @Test
  void whatOtherUsersHoldDoesNotCount() {
    quotas.hold("bobs-session", BOB, new Resources(16_000, 65_536, 0, null));
    startAs(ALICE, "user", start()).expectEvents(startRequested());
  }

  @Test
  void commandWithoutActorIsUnauthenticated() {
    fixture.givenCurrentTime(T0)
        .when(start())
        .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
        .expectNoEvents();
  }
}

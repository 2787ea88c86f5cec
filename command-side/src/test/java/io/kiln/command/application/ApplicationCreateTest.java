package io.kiln.command.application;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.application.ApplicationTestData.ALICE;
import static io.kiln.command.application.ApplicationTestData.APP;
import static io.kiln.command.application.ApplicationTestData.APP_ID;
import static io.kiln.command.application.ApplicationTestData.AUDITOR;
import static io.kiln.command.application.ApplicationTestData.DEPRECATED_RUNTIME;
import static io.kiln.command.application.ApplicationTestData.DISABLED_RUNTIME;
import static io.kiln.command.application.ApplicationTestData.ENVIRONMENT;
import static io.kiln.command.application.ApplicationTestData.FOREIGN_RUNTIME;
import static io.kiln.command.application.ApplicationTestData.GPU_PROFILE;
import static io.kiln.command.application.ApplicationTestData.IMAGE;
import static io.kiln.command.application.ApplicationTestData.NAME;
import static io.kiln.command.application.ApplicationTestData.OPERATOR;
import static io.kiln.command.application.ApplicationTestData.PLATFORM_ADMIN;
import static io.kiln.command.application.ApplicationTestData.PROFILE;
import static io.kiln.command.application.ApplicationTestData.PROJECT;
import static io.kiln.command.application.ApplicationTestData.PROJECT_ADMIN;
import static io.kiln.command.application.ApplicationTestData.PROJECT_OWNER;
import static io.kiln.command.application.ApplicationTestData.RETIRED_PROFILE;
import static io.kiln.command.application.ApplicationTestData.RUNTIME;
import static io.kiln.command.application.ApplicationTestData.SCRIPT;
import static io.kiln.command.application.ApplicationTestData.SMALL;
import static io.kiln.command.application.ApplicationTestData.STRANGER;
import static io.kiln.command.application.ApplicationTestData.SUBDOMAIN;
import static io.kiln.command.application.ApplicationTestData.UNKNOWN_ID;
import static io.kiln.command.application.ApplicationTestData.UNKNOWN_PROJECT;
import static io.kiln.command.application.ApplicationTestData.VIEWER;
import static io.kiln.command.application.ApplicationTestData.catalog;
import static io.kiln.command.application.ApplicationTestData.created;
import static io.kiln.command.application.ApplicationTestData.projects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.application.ApplicationCreatedEvent;
import io.kiln.domain.application.CreateApplicationCommand;
import io.kiln.domain.project.Visibility;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.workload.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationCreateTest {
  private final FakeProjectAccess projects = projects();
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private final FakeApplicationSubdomains subdomains = new FakeApplicationSubdomains();
  private AggregateTestFixture<Application> fixture;

  @BeforeEach
  void setUp() {
    fixture = ApplicationTestData.fixture(projects, catalog(), quotas, subdomains);
  }

  private static CreateApplicationCommand create(String project, String name, String subdomain, String script,
                                                 String runtime, String profile, Map<String, String> env) {
    return new CreateApplicationCommand(APP_ID, project, name, subdomain, script, runtime, profile, env);
  }

  private static CreateApplicationCommand create() {
    return create(PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, PROFILE, ENVIRONMENT);
  }

  private static CreateApplicationCommand withSubdomain(String subdomain) {
    return create(PROJECT, NAME, subdomain, SCRIPT, RUNTIME, PROFILE, ENVIRONMENT);
  }

  private static CreateApplicationCommand withEnvironment(Map<String, String> environment) {
    return create(PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, PROFILE, environment);
  }

  private void refused(String actor, CreateApplicationCommand command, Matcher<Throwable> error) {
    fixture.givenNoPriorActivity()
        .when(command, Actors.user(actor))
        .expectException(error)
        .expectNoEvents();
    assertEquals(List.of(), quotas.granted());
  }

  @Test
  void contributorCreatesApplicationWhichStartsOnTheirQuota() {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.user(ALICE))
        .expectEvents(created())
        .expectResultMessagePayload(APP);
    assertEquals(List.of(new Reservation(ALICE, SMALL)), quotas.granted());
  }

  @ParameterizedTest
  @ValueSource(strings = {PROJECT_OWNER, PROJECT_ADMIN})
  void projectOwnerAndAdminCreateApplications(String member) {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.user(member))
        .expectEvents(created(member, ENVIRONMENT));
  }

  @Test
  void platformAdminCreatesApplicationInAnyProject() {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.admin(PLATFORM_ADMIN))
        .expectEvents(created(PLATFORM_ADMIN, ENVIRONMENT));
  }

  @Test
  void noEnvironmentIsAnEmptyOne() {
    fixture.givenNoPriorActivity()
        .when(withEnvironment(null), Actors.user(ALICE))
        .expectEvents(created(ALICE, Map.of()));
  }

  @Test
  void deprecatedRuntimeStillStartsAndTheEventSaysSo() {
    fixture.givenNoPriorActivity()
        .when(create(PROJECT, NAME, SUBDOMAIN, SCRIPT, DEPRECATED_RUNTIME, PROFILE, ENVIRONMENT), Actors.user(ALICE))
        .expectEvents(new ApplicationCreatedEvent(APP, PROJECT, ALICE, NAME, SUBDOMAIN, SCRIPT, DEPRECATED_RUNTIME,
            "Python 3.8", "python:3.8", true, PROFILE, "Small", SMALL, ENVIRONMENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {OPERATOR, VIEWER})
  void membersBelowContributorCannotCreate(String member) {
    refused(member, create(), kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void auditorCannotCreate() {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void strangerCannotSeeAPrivateProject() {
    refused(STRANGER, create(), kilnError(ErrorCode.PROJECT_NOT_FOUND));
  }

  @Test
  void strangerSeesAPublicProjectButCannotCreate() {
    projects.visibility(PROJECT, Visibility.PUBLIC);
    refused(STRANGER, create(), kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void unknownProjectIsNotFound() {
    refused(ALICE, create(UNKNOWN_PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, PROFILE, null),
        kilnError(ErrorCode.PROJECT_NOT_FOUND));
  }

  @Test
  void archivedProjectCreatesNothing() {
    projects.archive(PROJECT);
    refused(ALICE, create(), kilnError(ErrorCode.PROJECT_ARCHIVED));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" Churn", "Churn/2", "n123456789n123456789n123456789n123456789n123456789"
      + "n123456789n123456789n123456789n123456789n123456789x"})
  void nameIsRequiredAndFollowsTheWorkloadRules(String name) {
    refused(ALICE, create(PROJECT, name, SUBDOMAIN, SCRIPT, RUNTIME, PROFILE, null), invalidField("name"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Churn", "-churn", "churn-", "ch_urn", "ch.urn", "www", "api", "kiln", "admin", "app",
      "apps", "sessions", "s123456789s123456789s123456789s123456789s123456789s123456789s123"})
  void subdomainMustBeAnUnreservedDnsLabel(String subdomain) {
    refused(ALICE, withSubdomain(subdomain), invalidField("subdomain"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "churn-v2", "s123456789s123456789s123456789s123456789s123456789s123456789s12"})
  void subdomainOfOneTo63LettersDigitsAndHyphensIsAccepted(String subdomain) {
    fixture.givenNoPriorActivity()
        .when(withSubdomain(subdomain), Actors.user(ALICE))
        .expectEvents(new ApplicationCreatedEvent(APP, PROJECT, ALICE, NAME, subdomain, SCRIPT, RUNTIME,
            "Python 3.11", IMAGE, false, PROFILE, "Small", SMALL, ENVIRONMENT));
  }

  @Test
  void subdomainHeldByAnotherApplicationIsRefused() {
    subdomains.held(SUBDOMAIN);
    refused(ALICE, create(), kilnError(ErrorCode.SUBDOMAIN_TAKEN));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "/srv/app.py", "../app.py", "app/../../etc/passwd", "app//main.py", "app\\main.py",
      "app/\u0000.py"})
  void scriptMustBeARelativePathInsideTheProject(String script) {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, script, RUNTIME, PROFILE, null), invalidField("script"));
  }

  @Test
  void environmentVariableNameMustBePosix() {
    refused(ALICE, withEnvironment(Map.of("1MODE", "x")), invalidField("environment"));
  }

  @Test
  void environmentValueWithAControlCharacterIsRefusedByName() {
    refused(ALICE, withEnvironment(Map.of("MODE", "a\nb")), invalidField("environment.MODE"));
  }

  @Test
  void environmentValueOver4096CharactersIsRefused() {
    refused(ALICE, withEnvironment(Map.of("BLOB", "b".repeat(4_097))), invalidField("environment.BLOB"));
  }

  @Test
  void environmentOfMoreThan100VariablesIsRefused() {
    Map<String, String> environment = new HashMap<>();
    for (int i = 0; i <= 100; i++) {
      environment.put("V" + i, "x");
    }
    refused(ALICE, withEnvironment(environment), invalidField("environment"));
  }

  @Test
  void environmentValueMayHoldTabsAndBeEmpty() {
    Map<String, String> environment = Map.of("SEP", "\t", "EMPTY", "");
    fixture.givenNoPriorActivity()
        .when(withEnvironment(environment), Actors.user(ALICE))
        .expectEvents(created(ALICE, environment));
  }

  @Test
  void runtimeIsRequired() {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, SCRIPT, null, PROFILE, null), invalidField("runtimeId"));
  }

  @ParameterizedTest
  @ValueSource(strings = {UNKNOWN_ID, FOREIGN_RUNTIME})
  void runtimeThatIsUnknownOrOfAnotherProjectIsNotFound(String runtime) {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, SCRIPT, runtime, PROFILE, null),
        kilnError(ErrorCode.RUNTIME_NOT_FOUND));
  }

  @Test
  void disabledRuntimeIsRefused() {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, SCRIPT, DISABLED_RUNTIME, PROFILE, null),
        kilnError(ErrorCode.RUNTIME_DISABLED));
  }

  @Test
  void profileIsRequired() {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, null, null), invalidField("profileId"));
  }

  @Test
  void unknownProfileIsNotFound() {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, UNKNOWN_ID, null),
        kilnError(ErrorCode.RESOURCE_PROFILE_NOT_FOUND));
  }

  @Test
  void retiredProfileIsRefused() {
    refused(ALICE, create(PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, RETIRED_PROFILE, null),
        kilnError(ErrorCode.RESOURCE_PROFILE_RETIRED));
  }

  @Test
  void overGpuQuotaIsRefusedWithTheNumbers() {
    quotas.limit(ALICE, new QuotaLimits(64_000, 262_144, 4)).hold("a-session", ALICE, new Resources(1_000, 1_024, 3,
        null));
    fixture.givenNoPriorActivity()
        .when(create(PROJECT, NAME, SUBDOMAIN, SCRIPT, RUNTIME, GPU_PROFILE, null), Actors.user(ALICE))
        .expectException(quotaExceeded("gpus", 2, 3, 4))
        .expectExceptionMessage("Over your GPU quota: asked 2, using 3 of 4")
        .expectNoEvents();
  }
}

package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.ENVIRONMENT;
import static io.kiln.command.deployment.DeploymentTestData.MODEL;
import static io.kiln.command.deployment.DeploymentTestData.OPERATOR;
import static io.kiln.command.deployment.DeploymentTestData.PROFILE;
import static io.kiln.command.deployment.DeploymentTestData.RETIRED_PROFILE;
import static io.kiln.command.deployment.DeploymentTestData.SECRETS;
import static io.kiln.command.deployment.DeploymentTestData.SECRET_REF;
import static io.kiln.command.deployment.DeploymentTestData.SMALL;
import static io.kiln.command.deployment.DeploymentTestData.STRANGER;
import static io.kiln.command.deployment.DeploymentTestData.UNKNOWN_MODEL;
import static io.kiln.command.deployment.DeploymentTestData.VIEWER;
import static io.kiln.command.deployment.DeploymentTestData.created;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.deployment.CreateDeploymentCommand;
import io.kiln.domain.quota.QuotaLimits;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentCreateTest {
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), quotas);
  }

  private static CreateDeploymentCommand create(String model, Integer version, String profile, Integer replicas,
                                                Map<String, String> environment, Map<String, String> secrets) {
    return new CreateDeploymentCommand(DEPLOYMENT_ID, model, version, profile, replicas, environment, secrets);
  }

  private static CreateDeploymentCommand create() {
    return create(MODEL, 1, PROFILE, 3, ENVIRONMENT, SECRETS);
  }

  private void refused(String actor, CreateDeploymentCommand command, Matcher<Throwable> error) {
    fixture.givenNoPriorActivity()
        .when(command, Actors.user(actor))
        .expectException(error)
        .expectNoEvents();
    assertEquals(List.of(), quotas.granted());
  }

  @Test
  void contributorDeploysAVersionPinnedByDigestOnTheirQuotaForEveryReplica() {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.user(ALICE))
        .expectEvents(created())
        .expectResultMessagePayload(DEPLOYMENT);
    assertEquals(List.of(new Reservation(ALICE, SMALL.times(3))), quotas.granted());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 33, -1})
  void replicasAreOneToThirtyTwo(int replicas) {
    refused(ALICE, create(MODEL, 1, PROFILE, replicas, null, null), invalidField("replicas"));
  }

  @Test
  void replicasAreRequired() {
    refused(ALICE, create(MODEL, 1, PROFILE, null, null, null), invalidField("replicas"));
  }

  @Test
  void environmentAndSecretsFollowTheRules() {
    refused(ALICE, create(MODEL, 1, PROFILE, 1, Map.of("1BAD", "x"), null), invalidField("environment"));
    refused(ALICE, create(MODEL, 1, PROFILE, 1, null, Map.of("TOKEN", "the value itself")),
        invalidField("secrets.TOKEN"));
    refused(ALICE, create(MODEL, 1, PROFILE, 1, Map.of("TOKEN", "x"), Map.of("TOKEN", SECRET_REF)),
        invalidField("secrets.TOKEN"));
    refused(ALICE, create(MODEL, 1, PROFILE, 1, null, Map.of("bad-name", SECRET_REF)), invalidField("secrets"));
  }

  @Test
  void versionMustExist() {
    refused(ALICE, create(MODEL, null, PROFILE, 1, null, null), invalidField("modelVersion"));
    refused(ALICE, create(MODEL, 4, PROFILE, 1, null, null), kilnError(ErrorCode.MODEL_VERSION_NOT_FOUND));
  }

  @Test
  void modelMustExistAndBeVisible() {
    refused(ALICE, create(UNKNOWN_MODEL, 1, PROFILE, 1, null, null), kilnError(ErrorCode.MODEL_NOT_FOUND));
    refused(ALICE, create(null, 1, PROFILE, 1, null, null), kilnError(ErrorCode.MODEL_NOT_FOUND));
    refused(STRANGER, create(), kilnError(ErrorCode.MODEL_NOT_FOUND));
  }

  @ParameterizedTest
  @ValueSource(strings = {VIEWER, OPERATOR})
  void viewersAndOperatorsDoNotDeploy(String member) {
    refused(member, create(), kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void profileMustBeActive() {
    refused(ALICE, create(MODEL, 1, null, 1, null, null), invalidField("profileId"));
    refused(ALICE, create(MODEL, 1, RETIRED_PROFILE, 1, null, null), kilnError(ErrorCode.RESOURCE_PROFILE_RETIRED));
  }

  @Test
  void everyReplicaCountsAgainstTheQuota() {
    quotas.limit(ALICE, new QuotaLimits(2_500, 65_536, 0));
    refused(ALICE, create(), quotaExceeded("cpuMillis", 3_000, 0, 2_500));
  }
}

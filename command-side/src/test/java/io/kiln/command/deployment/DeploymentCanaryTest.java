package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.EFFECTOR;
import static io.kiln.command.deployment.DeploymentTestData.OPERATOR;
import static io.kiln.command.deployment.DeploymentTestData.SMALL;
import static io.kiln.command.deployment.DeploymentTestData.T0;
import static io.kiln.command.deployment.DeploymentTestData.created;
import static io.kiln.command.deployment.DeploymentTestData.deployed;
import static io.kiln.command.deployment.DeploymentTestData.image;
import static io.kiln.command.deployment.DeploymentTestData.plus;
import static io.kiln.command.deployment.DeploymentTestData.replicas;
import static io.kiln.command.deployment.DeploymentTestData.reported;
import static io.kiln.command.deployment.DeploymentTestData.stopped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.deployment.DeploymentCanaryPromotedEvent;
import io.kiln.domain.deployment.DeploymentCanaryRolledBackEvent;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentDeployedEvent;
import io.kiln.domain.deployment.PromoteDeploymentCanaryCommand;
import io.kiln.domain.deployment.RollBackDeploymentCanaryCommand;
import io.kiln.domain.deployment.SetDeploymentCanaryCommand;
import io.kiln.domain.quota.QuotaLimits;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A canary routes a share of the calls to a second version on its share of the replicas (at least one); promoting it
 * makes its version the primary one, rolling it back drops it. Each is a rollout: the split in effect changes when
 * the cluster reports it ready.
 */
class DeploymentCanaryTest {
  private static final Map<String, Object> EFFECTOR_META = Actors.as(EFFECTOR, "admin");
  private static final DeploymentCanarySetEvent CANARY_10 =
      new DeploymentCanarySetEvent(DEPLOYMENT, ALICE, 2, 2, image(2), 10, 1, SMALL.times(4));
  private static final DeploymentDeployedEvent SPLIT_DEPLOYED = new DeploymentDeployedEvent(DEPLOYMENT, 2, 1, 2, 10);
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), quotas);
    quotas.hold(DEPLOYMENT, ALICE, SMALL.times(3));
  }

  private static List<Object> canaryDeployed() {
    return plus(deployed(), CANARY_10, reported(2, 4, 4, T0.plusSeconds(60)), SPLIT_DEPLOYED);
  }

  private static SetDeploymentCanaryCommand canary(Integer version, Integer percent) {
    return new SetDeploymentCanaryCommand(DEPLOYMENT_ID, version, percent);
  }

  @Test
  void tenPercentToASecondVersionRunsOneMoreReplicaOnTheQuota() {
    fixture.given(deployed())
        .when(canary(2, 10), Actors.user(ALICE))
        .expectEvents(CANARY_10);
    assertEquals(List.of(new Reservation(ALICE, SMALL)), quotas.granted());
  }

  @Test
  void theSplitTakesEffectWhenPrimaryAndCanaryReplicasAreReady() {
    fixture.given(plus(deployed(), CANARY_10))
        .when(replicas(2, 4, 3, T0.plusSeconds(50)), EFFECTOR_META)
        .expectEvents(reported(2, 4, 3, T0.plusSeconds(50)));
    fixture.given(plus(deployed(), CANARY_10))
        .when(replicas(2, 4, 4, T0.plusSeconds(60)), EFFECTOR_META)
        .expectEvents(reported(2, 4, 4, T0.plusSeconds(60)), SPLIT_DEPLOYED);
  }

  @Test
  void changingTheShareIsANewRolloutAndTheSameShareIsNone() {
    fixture.given(canaryDeployed())
        .when(canary(2, 50), Actors.user(ALICE))
        .expectEvents(new DeploymentCanarySetEvent(DEPLOYMENT, ALICE, 3, 2, image(2), 50, 2, SMALL.times(5)));
    fixture.given(canaryDeployed())
        .when(canary(2, 10), Actors.user(ALICE))
        .expectNoEvents();
  }

  @Test
  void promotingMakesTheCanaryThePrimaryVersionOnThePrimarysReplicas() {
    fixture.given(canaryDeployed())
        .when(new PromoteDeploymentCanaryCommand(DEPLOYMENT_ID), Actors.user(OPERATOR))
        .expectEvents(new DeploymentCanaryPromotedEvent(DEPLOYMENT, ALICE, 3, 2, image(2), SMALL.times(3)));
  }

  @Test
  void thePromotedVersionTakesAllCallsOnceDeployed() {
    fixture.given(plus(canaryDeployed(),
            new DeploymentCanaryPromotedEvent(DEPLOYMENT, ALICE, 3, 2, image(2), SMALL.times(3))))
        .when(replicas(3, 3, 3, T0.plusSeconds(120)), EFFECTOR_META)
        .expectEvents(reported(3, 3, 3, T0.plusSeconds(120)), new DeploymentDeployedEvent(DEPLOYMENT, 3, 2, null, 0));
  }

  @Test
  void rollingBackDropsTheCanaryAndItsReplicas() {
    fixture.given(canaryDeployed())
        .when(new RollBackDeploymentCanaryCommand(DEPLOYMENT_ID), Actors.user(OPERATOR))
        .expectEvents(new DeploymentCanaryRolledBackEvent(DEPLOYMENT, ALICE, 3, SMALL.times(3)));
    fixture.given(plus(canaryDeployed(), new DeploymentCanaryRolledBackEvent(DEPLOYMENT, ALICE, 3, SMALL.times(3))))
        .when(replicas(3, 3, 3, T0.plusSeconds(120)), EFFECTOR_META)
        .expectEvents(reported(3, 3, 3, T0.plusSeconds(120)), new DeploymentDeployedEvent(DEPLOYMENT, 3, 1, null, 0));
  }

  @Test
  void aCanaryThatIsStillRollingOutMayBeRolledBackButNotPromoted() {
    fixture.given(plus(deployed(), CANARY_10))
        .when(new PromoteDeploymentCanaryCommand(DEPLOYMENT_ID), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE));
    fixture.given(plus(deployed(), CANARY_10))
        .when(new RollBackDeploymentCanaryCommand(DEPLOYMENT_ID), Actors.user(ALICE))
        .expectEvents(new DeploymentCanaryRolledBackEvent(DEPLOYMENT, ALICE, 3, SMALL.times(3)));
  }

  @Test
  void withoutACanaryThereIsNothingToPromoteOrRollBack() {
    fixture.given(deployed())
        .when(new PromoteDeploymentCanaryCommand(DEPLOYMENT_ID), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE));
    fixture.given(deployed())
        .when(new RollBackDeploymentCanaryCommand(DEPLOYMENT_ID), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void aCanaryIsAnotherExistingVersionAndAShareOfZeroToAHundred() {
    fixture.given(deployed())
        .when(canary(1, 10), Actors.user(ALICE))
        .expectException(invalidField("modelVersion"));
    fixture.given(deployed())
        .when(canary(9, 10), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.MODEL_VERSION_NOT_FOUND));
    fixture.given(deployed())
        .when(canary(2, 101), Actors.user(ALICE))
        .expectException(invalidField("percent"));
    fixture.given(deployed())
        .when(canary(2, null), Actors.user(ALICE))
        .expectException(invalidField("percent"))
        .expectNoEvents();
  }

  @Test
  void aCanaryNeedsSomethingDeployingOrDeployed() {
    fixture.given(created())
        .when(canary(2, 10), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE));
    fixture.given(stopped())
        .when(canary(2, 10), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void aCanaryBeyondTheQuotaIsRefusedAndOperatorsSetNone() {
    quotas.limit(ALICE, new QuotaLimits(3_000, 65_536, 0));
    fixture.given(deployed())
        .when(canary(2, 10), Actors.user(ALICE))
        .expectException(quotaExceeded("cpuMillis", 1_000, 3_000, 3_000));
    fixture.given(deployed())
        .when(canary(2, 10), Actors.user(OPERATOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }
}

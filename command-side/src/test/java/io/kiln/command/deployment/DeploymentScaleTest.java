package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.OPERATOR;
import static io.kiln.command.deployment.DeploymentTestData.SMALL;
import static io.kiln.command.deployment.DeploymentTestData.VIEWER;
import static io.kiln.command.deployment.DeploymentTestData.created;
import static io.kiln.command.deployment.DeploymentTestData.deployed;
import static io.kiln.command.deployment.DeploymentTestData.image;
import static io.kiln.command.deployment.DeploymentTestData.plus;
import static io.kiln.command.deployment.DeploymentTestData.stopped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentScaledEvent;
import io.kiln.domain.deployment.ScaleDeploymentCommand;
import io.kiln.domain.quota.QuotaLimits;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeploymentScaleTest {
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), quotas);
    quotas.hold(DEPLOYMENT, ALICE, SMALL.times(3));
  }

  private static ScaleDeploymentCommand scale(Integer replicas) {
    return new ScaleDeploymentCommand(DEPLOYMENT_ID, replicas);
  }

  @Test
  void scalingUpIsANewRolloutThatReservesOnlyTheGrowthOnTheOwnersQuota() {
    fixture.given(deployed())
        .when(scale(5), Actors.user(OPERATOR))
        .expectEvents(new DeploymentScaledEvent(DEPLOYMENT, ALICE, 2, 5, 0, SMALL.times(5)))
        .expectResultMessagePayload(5L);
    assertEquals(List.of(new Reservation(ALICE, SMALL.times(2))), quotas.granted());
  }

  @Test
  void scalingDownReservesNothing() {
    fixture.given(deployed())
        .when(scale(1), Actors.user(ALICE))
        .expectEvents(new DeploymentScaledEvent(DEPLOYMENT, ALICE, 2, 1, 0, SMALL));
    assertEquals(List.of(), quotas.granted());
  }

  @Test
  void aPendingDeploymentMayBeScaledToo() {
    fixture.given(created())
        .when(scale(2), Actors.user(ALICE))
        .expectEvents(new DeploymentScaledEvent(DEPLOYMENT, ALICE, 2, 2, 0, SMALL.times(2)));
  }

  @Test
  void theSameCountIsNoChange() {
    fixture.given(deployed())
        .when(scale(3), Actors.user(ALICE))
        .expectNoEvents()
        .expectResultMessagePayload(4L);
  }

  @Test
  void aCanaryKeepsItsShareOfTheNewCount() {
    fixture.given(plus(deployed(), new DeploymentCanarySetEvent(DEPLOYMENT, ALICE, 2, 2, image(2), 50, 2,
            SMALL.times(5))))
        .when(scale(8), Actors.user(ALICE))
        .expectEvents(new DeploymentScaledEvent(DEPLOYMENT, ALICE, 3, 8, 4, SMALL.times(12)));
  }

  @Test
  void scalingUpBeyondTheQuotaIsRefused() {
    quotas.limit(ALICE, new QuotaLimits(4_000, 65_536, 0));
    fixture.given(deployed())
        .when(scale(5), Actors.user(ALICE))
        .expectException(quotaExceeded("cpuMillis", 2_000, 3_000, 4_000))
        .expectNoEvents();
  }

  @Test
  void countsOutsideOneToThirtyTwoAreRefused() {
    for (Integer bad : new Integer[] {0, 33, null}) {
      fixture.given(deployed())
          .when(scale(bad), Actors.user(ALICE))
          .expectException(invalidField("replicas"))
          .expectNoEvents();
    }
  }

  @Test
  void stoppedDeploymentsAreNotScaled() {
    fixture.given(stopped())
        .when(scale(2), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void viewersDoNotScale() {
    fixture.given(deployed())
        .when(scale(2), Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }
}

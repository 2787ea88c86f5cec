package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.KilnMatchers.quotaExceeded;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.EFFECTOR;
import static io.kiln.command.deployment.DeploymentTestData.MODEL_NAME;
import static io.kiln.command.deployment.DeploymentTestData.OPERATOR;
import static io.kiln.command.deployment.DeploymentTestData.PROJECT;
import static io.kiln.command.deployment.DeploymentTestData.SMALL;
import static io.kiln.command.deployment.DeploymentTestData.STRANGER;
import static io.kiln.command.deployment.DeploymentTestData.T0;
import static io.kiln.command.deployment.DeploymentTestData.VIEWER;
import static io.kiln.command.deployment.DeploymentTestData.created;
import static io.kiln.command.deployment.DeploymentTestData.deployed;
import static io.kiln.command.deployment.DeploymentTestData.plus;
import static io.kiln.command.deployment.DeploymentTestData.replicas;
import static io.kiln.command.deployment.DeploymentTestData.reported;
import static io.kiln.command.deployment.DeploymentTestData.stopped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.command.quota.FakeQuotaLedger.Reservation;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.deployment.DeploymentDeployingEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.ReportDeploymentStoppedCommand;
import io.kiln.domain.deployment.RestartDeploymentCommand;
import io.kiln.domain.deployment.StopDeploymentCommand;
import io.kiln.domain.quota.QuotaLimits;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeploymentStopRestartTest {
  private static final StopDeploymentCommand STOP = new StopDeploymentCommand(DEPLOYMENT_ID);
  private static final RestartDeploymentCommand RESTART = new RestartDeploymentCommand(DEPLOYMENT_ID);
  private final FakeQuotaLedger quotas = new FakeQuotaLedger();
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), quotas);
  }

  private static DeploymentRestartRequestedEvent restarted(int generation) {
    return new DeploymentRestartRequestedEvent(DEPLOYMENT, PROJECT, ALICE, MODEL_NAME, generation, SMALL.times(3));
  }

  @Test
  void operatorStopsOnceAndRepeatsChangeNothing() {
    fixture.given(deployed())
        .when(STOP, Actors.user(OPERATOR))
        .expectEvents(new DeploymentStopRequestedEvent(DEPLOYMENT));
    fixture.given(plus(deployed(), new DeploymentStopRequestedEvent(DEPLOYMENT)))
        .when(STOP, Actors.user(OPERATOR))
        .expectNoEvents()
        .expectResultMessagePayload(5L);
  }

  @Test
  void whatHasEndedCannotBeStopped() {
    fixture.given(stopped())
        .when(STOP, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE));
    fixture.given(plus(deployed(), new DeploymentFailedEvent(DEPLOYMENT, "OOMKilled")))
        .when(STOP, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void viewersDoNotStopAndStrangersSeeNoDeployment() {
    fixture.given(deployed())
        .when(STOP, Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.given(deployed())
        .when(STOP, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.DEPLOYMENT_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void restartingADeployedDeploymentRollsItsReplicasOnTheQuotaItHolds() {
    fixture.given(deployed())
        .when(RESTART, Actors.user(OPERATOR))
        .expectEvents(restarted(2));
    assertEquals(List.of(), quotas.granted());
  }

  @Test
  void restartingAStoppedDeploymentStartsItAnewOnTheOwnersQuota() {
    fixture.given(stopped())
        .when(RESTART, Actors.user(OPERATOR))
        .expectEvents(restarted(2));
    assertEquals(List.of(new Reservation(ALICE, SMALL.times(3))), quotas.granted());
  }

  @Test
  void aRestartedDeploymentIsPendingUntilTheClusterTakesItUp() {
    fixture.given(plus(stopped(), restarted(2)))
        .when(replicas(2, 3, 0, T0.plusSeconds(300)), Actors.as(EFFECTOR, "admin"))
        .expectEvents(reported(2, 3, 0, T0.plusSeconds(300)), new DeploymentDeployingEvent(DEPLOYMENT, 2));
    fixture.given(plus(stopped(), restarted(2)))
        .when(new ReportDeploymentStoppedCommand(DEPLOYMENT_ID, 1), Actors.as(EFFECTOR, "admin"))
        .expectNoEvents();
  }

  @Test
  void restartingAFailedDeploymentNeedsTheQuota() {
    quotas.limit(ALICE, new QuotaLimits(2_000, 65_536, 0));
    fixture.given(created(), new DeploymentFailedEvent(DEPLOYMENT, "CrashLoopBackOff"))
        .when(RESTART, Actors.user(ALICE))
        .expectException(quotaExceeded("cpuMillis", 3_000, 0, 2_000))
        .expectNoEvents();
  }

  @Test
  void aStoppingDeploymentRestartsOnlyOnceStopped() {
    fixture.given(plus(deployed(), new DeploymentStopRequestedEvent(DEPLOYMENT)))
        .when(RESTART, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
    fixture.given(deployed())
        .when(RESTART, Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
  }
}

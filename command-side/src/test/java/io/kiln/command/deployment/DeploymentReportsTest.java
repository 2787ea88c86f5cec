package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.EFFECTOR;
import static io.kiln.command.deployment.DeploymentTestData.T0;
import static io.kiln.command.deployment.DeploymentTestData.created;
import static io.kiln.command.deployment.DeploymentTestData.deployed;
import static io.kiln.command.deployment.DeploymentTestData.plus;
import static io.kiln.command.deployment.DeploymentTestData.replicas;
import static io.kiln.command.deployment.DeploymentTestData.reported;
import static io.kiln.command.deployment.DeploymentTestData.stopped;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.deployment.DeploymentDeployedEvent;
import io.kiln.domain.deployment.DeploymentDeployingEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.deployment.ReportDeploymentFailedCommand;
import io.kiln.domain.deployment.ReportDeploymentReplicasCommand;
import io.kiln.domain.deployment.ReportDeploymentStoppedCommand;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the cluster reports moves a deployment forward; repeats, older observations and earlier rollouts do not. */
class DeploymentReportsTest {
  private static final Map<String, Object> EFFECTOR_META = Actors.as(EFFECTOR, "admin");
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), new FakeQuotaLedger());
  }

  @Test
  void firstObservationOfAPendingDeploymentMeansItIsDeploying() {
    fixture.given(created())
        .when(replicas(1, 3, 0, T0), EFFECTOR_META)
        .expectEvents(reported(1, 3, 0, T0), new DeploymentDeployingEvent(DEPLOYMENT, 1))
        .expectResultMessagePayload(2L);
  }

  @Test
  void deployedOnceAsManyReplicasAreReadyAsItAsksFor() {
    fixture.given(created(), reported(1, 3, 0, T0), new DeploymentDeployingEvent(DEPLOYMENT, 1))
        .when(replicas(null, 3, 2, T0.plusSeconds(10)), EFFECTOR_META)
        .expectEvents(reported(1, 3, 2, T0.plusSeconds(10)));
    fixture.given(created(), reported(1, 3, 0, T0), new DeploymentDeployingEvent(DEPLOYMENT, 1))
        .when(replicas(1, 3, 3, T0.plusSeconds(10)), EFFECTOR_META)
        .expectEvents(reported(1, 3, 3, T0.plusSeconds(10)), new DeploymentDeployedEvent(DEPLOYMENT, 1, 1, null, 0));
  }

  @Test
  void allReadyAtOnceGoesFromPendingToDeployed() {
    fixture.given(created())
        .when(replicas(1, 3, 3, T0), EFFECTOR_META)
        .expectEvents(reported(1, 3, 3, T0), new DeploymentDeployingEvent(DEPLOYMENT, 1),
            new DeploymentDeployedEvent(DEPLOYMENT, 1, 1, null, 0));
  }

  @Test
  void desiredReplicasDefaultToWhatTheRolloutAsksFor() {
    fixture.given(created())
        .when(new ReportDeploymentReplicasCommand(DEPLOYMENT_ID, 1, null, 1, T0), EFFECTOR_META)
        .expectEvents(reported(1, 3, 1, T0), new DeploymentDeployingEvent(DEPLOYMENT, 1));
  }

  @Test
  void aDeployedDeploymentThatLosesAReplicaStaysDeployed() {
    fixture.given(deployed())
        .when(replicas(1, 3, 2, T0.plusSeconds(60)), EFFECTOR_META)
        .expectEvents(reported(1, 3, 2, T0.plusSeconds(60)));
  }

  @Test
  void repeatsOlderObservationsAndEarlierRolloutsChangeNothing() {
    fixture.given(deployed())
        .when(replicas(1, 3, 3, T0.plusSeconds(60)), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(deployed())
        .when(replicas(1, 3, 1, T0.plusSeconds(20)), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(deployed())
        .when(replicas(1, 3, 1, T0.plusSeconds(30)), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(deployed())
        .when(replicas(7, 3, 1, T0.plusSeconds(90)), EFFECTOR_META)
        .expectNoEvents()
        .expectResultMessagePayload(4L);
  }

  @Test
  void replicasOfAStoppingOrStoppedDeploymentAreNoNews() {
    fixture.given(plus(deployed(), new DeploymentStopRequestedEvent(DEPLOYMENT)))
        .when(replicas(1, 0, 1, T0.plusSeconds(90)), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(stopped())
        .when(replicas(1, 3, 3, T0.plusSeconds(90)), EFFECTOR_META)
        .expectNoEvents();
  }

  @Test
  void countsAreNeverNegative() {
    fixture.given(created())
        .when(replicas(1, 3, -1, T0), EFFECTOR_META)
        .expectException(invalidField("readyReplicas"));
    fixture.given(created())
        .when(replicas(1, -3, 1, T0), EFFECTOR_META)
        .expectException(invalidField("desiredReplicas"));
    fixture.given(created())
        .when(new ReportDeploymentReplicasCommand(DEPLOYMENT_ID, 1, 3, null, T0), EFFECTOR_META)
        .expectException(invalidField("readyReplicas"))
        .expectNoEvents();
  }

  @Test
  void onlyEffectorsAndAdministratorsReport() {
    fixture.given(created())
        .when(replicas(1, 3, 3, T0), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
    fixture.given(created())
        .when(new ReportDeploymentStoppedCommand(DEPLOYMENT_ID, null), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void stoppedOnceAndForTheCurrentRolloutOnly() {
    fixture.given(plus(deployed(), new DeploymentStopRequestedEvent(DEPLOYMENT)))
        .when(new ReportDeploymentStoppedCommand(DEPLOYMENT_ID, 1), EFFECTOR_META)
        .expectEvents(new DeploymentStoppedEvent(DEPLOYMENT));
    fixture.given(stopped())
        .when(new ReportDeploymentStoppedCommand(DEPLOYMENT_ID, null), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(plus(deployed(), new DeploymentStopRequestedEvent(DEPLOYMENT)))
        .when(new ReportDeploymentStoppedCommand(DEPLOYMENT_ID, 0), EFFECTOR_META)
        .expectNoEvents();
  }

  @Test
  void failureEndsAnActiveDeploymentWithItsReason() {
    fixture.given(deployed())
        .when(new ReportDeploymentFailedCommand(DEPLOYMENT_ID, "ImagePullBackOff", 1), EFFECTOR_META)
        .expectEvents(new DeploymentFailedEvent(DEPLOYMENT, "ImagePullBackOff"));
    fixture.given(created())
        .when(new ReportDeploymentFailedCommand(DEPLOYMENT_ID, " ", null), EFFECTOR_META)
        .expectEvents(new DeploymentFailedEvent(DEPLOYMENT, "unknown"));
    fixture.given(stopped())
        .when(new ReportDeploymentFailedCommand(DEPLOYMENT_ID, "late", null), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(deployed())
        .when(new ReportDeploymentFailedCommand(DEPLOYMENT_ID, "stale", 0), EFFECTOR_META)
        .expectNoEvents();
  }
}

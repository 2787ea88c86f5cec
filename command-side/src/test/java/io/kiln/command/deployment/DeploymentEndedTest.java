package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.EFFECTOR;
import static io.kiln.command.deployment.DeploymentTestData.MODEL_NAME;
import static io.kiln.command.deployment.DeploymentTestData.PROJECT;
import static io.kiln.command.deployment.DeploymentTestData.SMALL;
import static io.kiln.command.deployment.DeploymentTestData.T0;
import static io.kiln.command.deployment.DeploymentTestData.created;
import static io.kiln.command.deployment.DeploymentTestData.deployed;
import static io.kiln.command.deployment.DeploymentTestData.image;
import static io.kiln.command.deployment.DeploymentTestData.plus;
import static io.kiln.command.deployment.DeploymentTestData.replicas;
import static io.kiln.command.deployment.DeploymentTestData.reported;
import static io.kiln.command.deployment.DeploymentTestData.stopped;

import io.kiln.command.Actors;
import io.kiln.command.quota.FakeQuotaLedger;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.deployment.ChangeDeploymentVersionCommand;
import io.kiln.domain.deployment.DeploymentCanarySetEvent;
import io.kiln.domain.deployment.DeploymentDeployingEvent;
import io.kiln.domain.deployment.DeploymentFailedEvent;
import io.kiln.domain.deployment.DeploymentRestartRequestedEvent;
import io.kiln.domain.deployment.DeploymentStopRequestedEvent;
import io.kiln.domain.deployment.DeploymentStoppedEvent;
import io.kiln.domain.deployment.DeploymentVersionChangedEvent;
import io.kiln.domain.deployment.RestartDeploymentCommand;
import io.kiln.domain.deployment.RollBackDeploymentCanaryCommand;
import io.kiln.domain.deployment.ScaleDeploymentCommand;
import io.kiln.domain.deployment.SetDeploymentCanaryCommand;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What runs is not changed on a deployment that is stopping or has ended; one that has not started yet may be. */
class DeploymentEndedTest {
  private static final DeploymentCanarySetEvent CANARY =
      new DeploymentCanarySetEvent(DEPLOYMENT, ALICE, 2, 2, image(2), 10, 1, SMALL.times(4));
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), new FakeQuotaLedger());
  }

  private void refusedOn(List<Object> history, Object command) {
    fixture.given(history)
        .when(command, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void stoppingOrEndedDeploymentsAreNotScaledRedeployedOrGivenACanary() {
    List<Object> stopping = plus(deployed(), new DeploymentStopRequestedEvent(DEPLOYMENT));
    List<Object> failed = plus(deployed(), new DeploymentFailedEvent(DEPLOYMENT, "OOMKilled"));
    for (List<Object> history : List.of(stopping, stopped(), failed)) {
      refusedOn(history, new ScaleDeploymentCommand(DEPLOYMENT_ID, 2));
      refusedOn(history, new ChangeDeploymentVersionCommand(DEPLOYMENT_ID, 2));
      refusedOn(history, new SetDeploymentCanaryCommand(DEPLOYMENT_ID, 2, 10));
    }
  }

  @Test
  void theCanaryOfAStoppedDeploymentIsNotRolledBack() {
    refusedOn(plus(deployed(), CANARY, new DeploymentStopRequestedEvent(DEPLOYMENT),
        new DeploymentStoppedEvent(DEPLOYMENT)), new RollBackDeploymentCanaryCommand(DEPLOYMENT_ID));
  }

  @Test
  void aDeploymentNotYetStartedTakesAnotherVersionAndStaysPending() {
    fixture.given(created())
        .when(new ChangeDeploymentVersionCommand(DEPLOYMENT_ID, 3), Actors.user(ALICE))
        .expectEvents(new DeploymentVersionChangedEvent(DEPLOYMENT, 2, 3, image(3)));
    fixture.given(created(), new DeploymentVersionChangedEvent(DEPLOYMENT, 2, 3, image(3)))
        .when(replicas(2, 3, 0, T0), Actors.as(EFFECTOR, "admin"))
        .expectEvents(reported(2, 3, 0, T0), new DeploymentDeployingEvent(DEPLOYMENT, 2));
  }

  @Test
  void aRestartOfADeploymentNotYetStartedIsTheNextRollout() {
    fixture.given(created())
        .when(new RestartDeploymentCommand(DEPLOYMENT_ID), Actors.user(ALICE))
        .expectEvents(new DeploymentRestartRequestedEvent(DEPLOYMENT, PROJECT, ALICE, MODEL_NAME, 2, SMALL.times(3)));
  }
}

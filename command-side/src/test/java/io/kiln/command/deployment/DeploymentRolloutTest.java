package io.kiln.command.deployment;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.deployment.DeploymentTestData.ALICE;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT;
import static io.kiln.command.deployment.DeploymentTestData.DEPLOYMENT_ID;
import static io.kiln.command.deployment.DeploymentTestData.EFFECTOR;
import static io.kiln.command.deployment.DeploymentTestData.OPERATOR;
import static io.kiln.command.deployment.DeploymentTestData.SMALL;
import static io.kiln.command.deployment.DeploymentTestData.T0;
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
import io.kiln.domain.deployment.DeploymentDeployedEvent;
import io.kiln.domain.deployment.DeploymentVersionChangedEvent;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deploying another version without downtime: the new version rolls out as the next generation while the deployed
 * one keeps serving; only a report that the new rollout is ready makes it the deployed one.
 */
class DeploymentRolloutTest {
  private static final Map<String, Object> EFFECTOR_META = Actors.as(EFFECTOR, "admin");
  private static final DeploymentVersionChangedEvent TO_V2 =
      new DeploymentVersionChangedEvent(DEPLOYMENT, 2, 2, image(2));
  private AggregateTestFixture<Deployment> fixture;

  @BeforeEach
  void setUp() {
    fixture = DeploymentTestData.fixture(DeploymentTestData.projects(), new FakeQuotaLedger());
  }

  private static ChangeDeploymentVersionCommand deploy(Integer version) {
    return new ChangeDeploymentVersionCommand(DEPLOYMENT_ID, version);
  }

  @Test
  void anotherVersionRollsOutAsTheNextGeneration() {
    fixture.given(deployed())
        .when(deploy(2), Actors.user(ALICE))
        .expectEvents(TO_V2)
        .expectResultMessagePayload(5L);
  }

  @Test
  void theOldVersionServesUntilTheNewRolloutIsReady() {
    List<Object> rollingOut = plus(deployed(), TO_V2);
    fixture.given(rollingOut)
        .when(replicas(2, 3, 1, T0.plusSeconds(60)), EFFECTOR_META)
        .expectEvents(reported(2, 3, 1, T0.plusSeconds(60)));
    fixture.given(rollingOut)
        .when(replicas(1, 3, 3, T0.plusSeconds(90)), EFFECTOR_META)
        .expectNoEvents();
    fixture.given(plus(rollingOut, reported(2, 3, 1, T0.plusSeconds(60))))
        .when(replicas(2, 3, 3, T0.plusSeconds(90)), EFFECTOR_META)
        .expectEvents(reported(2, 3, 3, T0.plusSeconds(90)), new DeploymentDeployedEvent(DEPLOYMENT, 2, 2, null, 0));
  }

  @Test
  void theVersionThatIsRollingOutAlreadyIsNoChange() {
    fixture.given(plus(deployed(), TO_V2))
        .when(deploy(2), Actors.user(ALICE))
        .expectNoEvents();
  }

  @Test
  void aRolloutMayBeOvertakenByTheNext() {
    fixture.given(plus(deployed(), TO_V2))
        .when(deploy(3), Actors.user(ALICE))
        .expectEvents(new DeploymentVersionChangedEvent(DEPLOYMENT, 3, 3, image(3)));
  }

  @Test
  void versionMustExist() {
    fixture.given(deployed())
        .when(deploy(9), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.MODEL_VERSION_NOT_FOUND));
    fixture.given(deployed())
        .when(deploy(null), Actors.user(ALICE))
        .expectException(invalidField("modelVersion"))
        .expectNoEvents();
  }

  @Test
  void notWhileACanaryRuns() {
    fixture.given(plus(deployed(), new DeploymentCanarySetEvent(DEPLOYMENT, ALICE, 2, 2, image(2), 10, 1,
            SMALL.times(4))))
        .when(deploy(3), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE))
        .expectNoEvents();
  }

  @Test
  void notOnAStoppedDeploymentAndNotByOperators() {
    fixture.given(stopped())
        .when(deploy(2), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.INVALID_STATE));
    fixture.given(deployed())
        .when(deploy(2), Actors.user(OPERATOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }
}

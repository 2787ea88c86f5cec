package io.kiln.command.nodepool;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.nodepool.ChangeNodePoolCommand;
import io.kiln.domain.nodepool.DefineNodePoolCommand;
import io.kiln.domain.nodepool.DeleteNodePoolCommand;
import io.kiln.domain.nodepool.NodePoolChangedEvent;
import io.kiln.domain.nodepool.NodePoolDefinedEvent;
import io.kiln.domain.nodepool.NodePoolDeletedEvent;
import io.kiln.domain.nodepool.NodePoolScaledEvent;
import io.kiln.domain.nodepool.ScaleNodePoolCommand;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NodePoolTest {
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";
  static final Map<String, Object> SCALER = Actors.admin("system:k8s-effector");
  static final NodePoolDefinedEvent DEFINED = new NodePoolDefinedEvent("gpu", "gpu-md", "capi", 1, 4, "gpu");

  private AggregateTestFixture<NodePool> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(NodePool.class);
  }

  @Nested
  class Define {
    @Test
    void adminDefinesAPool() {
      fixture.givenNoPriorActivity()
          .when(new DefineNodePoolCommand("gpu", "gpu-md", "capi", 1, 4, "gpu"), Actors.admin(ADMIN))
          .expectEvents(DEFINED);
    }

    @Test
    void minAboveMaxIsRefused() {
      fixture.givenNoPriorActivity()
          .when(new DefineNodePoolCommand("gpu", "gpu-md", "capi", 5, 4, "gpu"), Actors.admin(ADMIN))
          .expectException(invalidField("min")).expectNoEvents();
    }

    @Test
    void aBadMachineDeploymentNameIsRefused() {
      fixture.givenNoPriorActivity()
          .when(new DefineNodePoolCommand("gpu", "GPU MD", "capi", 1, 4, "gpu"), Actors.admin(ADMIN))
          .expectException(invalidField("machineDeployment")).expectNoEvents();
    }

    @Test
    void usersAndAuditorsCannotDefine() {
      fixture.givenNoPriorActivity()
          .when(new DefineNodePoolCommand("gpu", "gpu-md", "capi", 1, 4, "gpu"), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN)).expectNoEvents();
      fixture.givenNoPriorActivity()
          .when(new DefineNodePoolCommand("gpu", "gpu-md", "capi", 1, 4, "gpu"), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN)).expectNoEvents();
    }

    @Test
    void aTakenNameIsRefused() {
      fixture.given(DEFINED)
          .when(new DefineNodePoolCommand("gpu", "other", "capi", 0, 2, "gpu"), Actors.admin(ADMIN))
          .expectException(kilnError(ErrorCode.NODE_POOL_EXISTS)).expectNoEvents();
    }

    @Test
    void aDeletedNameMayBeDefinedAgain() {
      fixture.given(DEFINED, new NodePoolDeletedEvent("gpu"))
          .when(new DefineNodePoolCommand("gpu", "other", "capi", 0, 2, "gpu"), Actors.admin(ADMIN))
          .expectEvents(new NodePoolDefinedEvent("gpu", "other", "capi", 0, 2, "gpu"));
    }
  }

  @Nested
  class Change {
    @Test
    void adminChangesTheBounds() {
      fixture.given(DEFINED)
          .when(new ChangeNodePoolCommand("gpu", "gpu-md", "capi", 0, 8, "gpu"), Actors.admin(ADMIN))
          .expectEvents(new NodePoolChangedEvent("gpu", "gpu-md", "capi", 0, 8, "gpu"));
    }

    @Test
    void theSameDefinitionChangesNothing() {
      fixture.given(DEFINED)
          .when(new ChangeNodePoolCommand("gpu", "gpu-md", "capi", 1, 4, "gpu"), Actors.admin(ADMIN))
          .expectNoEvents();
    }

    @Test
    void minAboveMaxIsRefused() {
      fixture.given(DEFINED)
          .when(new ChangeNodePoolCommand("gpu", "gpu-md", "capi", 3, 2, "gpu"), Actors.admin(ADMIN))
          .expectException(invalidField("min")).expectNoEvents();
    }

    @Test
    void aDeletedPoolIsNotFound() {
      fixture.given(DEFINED, new NodePoolDeletedEvent("gpu"))
          .when(new ChangeNodePoolCommand("gpu", "gpu-md", "capi", 0, 8, "gpu"), Actors.admin(ADMIN))
          .expectException(kilnError(ErrorCode.NODE_POOL_NOT_FOUND)).expectNoEvents();
    }

    @Test
    void usersCannotChange() {
      fixture.given(DEFINED)
          .when(new ChangeNodePoolCommand("gpu", "gpu-md", "capi", 0, 8, "gpu"), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN)).expectNoEvents();
    }
  }

  @Nested
  class Delete {
    @Test
    void adminDeletesOnce() {
      fixture.given(DEFINED)
          .when(new DeleteNodePoolCommand("gpu"), Actors.admin(ADMIN))
          .expectEvents(new NodePoolDeletedEvent("gpu"));
      fixture.given(DEFINED, new NodePoolDeletedEvent("gpu"))
          .when(new DeleteNodePoolCommand("gpu"), Actors.admin(ADMIN))
          .expectNoEvents();
    }
  }

  @Nested
  class Scale {
    @Test
    void theScalerRecordsItsDecisionWithTheReason() {
      fixture.given(DEFINED)
          .when(new ScaleNodePoolCommand("gpu", 1, 3, "2 unschedulable pods", null), SCALER)
          .expectEvents(new NodePoolScaledEvent("gpu", 1, 3, "2 unschedulable pods", null));
    }

    @Test
    void decidingTheSameSizeAgainChangesNothing() {
      fixture.given(DEFINED, new NodePoolScaledEvent("gpu", 1, 3, "pending pods", null))
          .when(new ScaleNodePoolCommand("gpu", 1, 3, "pending pods", null), SCALER)
          .expectNoEvents();
    }

    @Test
    void aSizeOutsideTheBoundsIsRefused() {
      fixture.given(DEFINED)
          .when(new ScaleNodePoolCommand("gpu", 1, 5, "pending pods", null), SCALER)
          .expectException(invalidField("to")).expectNoEvents();
    }

    @Test
    void usersCannotScale() {
      fixture.given(DEFINED)
          .when(new ScaleNodePoolCommand("gpu", 1, 2, "I want more", null), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN)).expectNoEvents();
    }

    @Test
    void aDeletedPoolIsNotScaled() {
      fixture.given(DEFINED, new NodePoolDeletedEvent("gpu"))
          .when(new ScaleNodePoolCommand("gpu", 1, 2, "pending pods", null), SCALER)
          .expectException(kilnError(ErrorCode.NODE_POOL_NOT_FOUND)).expectNoEvents();
    }
  }
}

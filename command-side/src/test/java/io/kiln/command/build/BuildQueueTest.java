package io.kiln.command.build;

import static io.kiln.command.build.BuildQueueTestData.A1;
import static io.kiln.command.build.BuildQueueTestData.A2;
import static io.kiln.command.build.BuildQueueTestData.A3;
import static io.kiln.command.build.BuildQueueTestData.A4;
import static io.kiln.command.build.BuildQueueTestData.B1;
import static io.kiln.command.build.BuildQueueTestData.B2;
import static io.kiln.command.build.BuildQueueTestData.C1;
import static io.kiln.command.build.BuildQueueTestData.C2;
import static io.kiln.command.build.BuildQueueTestData.ONE_AT_A_TIME;
import static io.kiln.command.build.BuildQueueTestData.SETTINGS;
import static io.kiln.command.build.BuildQueueTestData.dispatched;
import static io.kiln.command.build.BuildQueueTestData.enqueue;
import static io.kiln.command.build.BuildQueueTestData.enqueued;
import static io.kiln.command.build.BuildQueueTestData.history;
import static io.kiln.command.build.BuildQueueTestData.release;
import static io.kiln.command.build.BuildQueueTestData.released;
import static io.kiln.command.build.BuildQueueTestData.running;
import static io.kiln.command.build.BuildQueueTestData.waiting;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The workspace build queue: in order of request, within the workspace limit (3) and the project limit (2). */
class BuildQueueTest {
  private AggregateTestFixture<BuildQueue> fixture;

  @BeforeEach
  void setUp() {
    fixture = BuildQueueTestData.fixture(SETTINGS);
  }

  /** The command on a queue that has had {@code history}; its version then is the history's size minus one. */
  private ResultValidator<BuildQueue> when(List<Object> history, Object command) {
    return fixture.given(history).when(command);
  }

  @Nested
  class Enqueue {
    @Test
    void firstBuildCreatesTheQueueAndIsDispatchedAtOnce() {
      fixture.givenNoPriorActivity()
          .when(enqueue(A1))
          .expectEvents(enqueued(A1), dispatched(A1))
          .expectResultMessagePayload(1L);
    }

    @Test
    void buildOfAnotherProjectRunsAlongside() {
      when(running(A1), enqueue(B1))
          .expectEvents(enqueued(B1), dispatched(B1))
          .expectResultMessagePayload(3L);
    }

    @Test
    void secondBuildOfAProjectRunsWithinTheProjectLimit() {
      when(running(A1), enqueue(A2))
          .expectEvents(enqueued(A2), dispatched(A2))
          .expectResultMessagePayload(3L);
    }

    @Test
    void buildOfAProjectAtItsLimitWaits() {
      when(running(A1, A2), enqueue(A3))
          .expectEvents(enqueued(A3))
          .expectResultMessagePayload(4L);
    }

    @Test
    void buildWaitsWhileTheWorkspaceIsAtItsLimit() {
      when(running(A1, A2, B1), enqueue(C1))
          .expectEvents(enqueued(C1))
          .expectResultMessagePayload(6L);
    }

    @Test
    void waitingBuildOfAProjectAtItsLimitIsSkippedOverByAnotherProjectsBuild() {
      when(history(running(A1, A2), waiting(A3)), enqueue(B1))
          .expectEvents(enqueued(B1), dispatched(B1))
          .expectResultMessagePayload(6L);
    }

    @Test
    void enqueuingAWaitingBuildAgainChangesNothing() {
      when(history(running(A1, A2), waiting(A3)), enqueue(A3))
          .expectNoEvents()
          .expectResultMessagePayload(4L);
    }

    @Test
    void enqueuingARunningBuildAgainChangesNothing() {
      when(running(A1, B1), enqueue(A1))
          .expectNoEvents()
          .expectResultMessagePayload(3L);
    }

    @Test
    void buildsWaitingFromBeforeTheLimitsWereRaisedGoFirst() {
      fixture.given(history(running(A1), waiting(C1, B1)))
          .when(enqueue(B2))
          .expectEvents(enqueued(B2), dispatched(C1), dispatched(B1))
          .expectResultMessagePayload(6L);
    }

    @Test
    void lowerLimitsHoldBackEvenAnEmptyProject() {
      BuildQueueTestData.fixture(ONE_AT_A_TIME)
          .given(running(A1, B1))
          .when(enqueue(C1))
          .expectEvents(enqueued(C1))
          .expectResultMessagePayload(4L);
    }
  }

  @Nested
  class Release {
    @Test
    void endedBuildFreesItsSlotForTheNextInOrderOfRequest() {
      when(history(running(A1, A2, B1), waiting(C1, C2)), release(B1))
          .expectEvents(released(B1), dispatched(C1))
          .expectResultMessagePayload(9L);
    }

    @Test
    void waitingBuildOfAProjectAtItsLimitIsSkippedForTheNextEligibleOne() {
      when(history(running(A1, A2, B1), waiting(A3, C1)), release(B1))
          .expectEvents(released(B1), dispatched(C1))
          .expectResultMessagePayload(9L);
    }

    @Test
    void skippedBuildIsDispatchedWhenItsProjectFreesASlot() {
      when(history(running(A1, A2, B1), waiting(A3, C1), List.of(released(B1), dispatched(C1))), release(A1))
          .expectEvents(released(A1), dispatched(A3))
          .expectResultMessagePayload(11L);
    }

    @Test
    void projectFreeingASlotAdmitsItsOwnWaitingBuildBeforeLaterOnes() {
      when(history(running(A1, A2, B1), waiting(A3, C1)), release(A2))
          .expectEvents(released(A2), dispatched(A3))
          .expectResultMessagePayload(9L);
    }

    @Test
    void buildCancelledWhileWaitingLeavesTheLineAndNothingIsDispatched() {
      when(history(running(A1, A2), waiting(A3, A4)), release(A3))
          .expectEvents(released(A3))
          .expectResultMessagePayload(6L);
    }

    @Test
    void buildCancelledWhileWaitingIsNeverDispatched() {
      when(history(running(A1, A2), waiting(A3, A4), List.of(released(A3))), release(A1))
          .expectEvents(released(A1), dispatched(A4))
          .expectResultMessagePayload(8L);
    }

    @Test
    void releaseWithNobodyWaitingOnlyFreesTheSlot() {
      when(running(A1, B1), release(A1))
          .expectEvents(released(A1))
          .expectResultMessagePayload(4L);
    }

    @Test
    void releasingAnUnknownBuildChangesNothing() {
      when(history(running(A1, A2, B1), waiting(C1)), release(C2))
          .expectNoEvents()
          .expectResultMessagePayload(6L);
    }

    @Test
    void releasingABuildAgainChangesNothing() {
      when(history(running(A1, A2, B1), waiting(C1), List.of(released(B1), dispatched(C1))), release(B1))
          .expectNoEvents()
          .expectResultMessagePayload(8L);
    }

    @Test
    void raisedLimitsLetOneReleaseDispatchSeveralInOrderOfRequest() {
      when(history(running(A1), waiting(C1, B1, A2)), release(A1))
          .expectEvents(released(A1), dispatched(C1), dispatched(B1), dispatched(A2))
          .expectResultMessagePayload(8L);
    }

    @Test
    void loweredLimitsAdmitNothingUntilEnoughHaveEnded() {
      BuildQueueTestData.fixture(ONE_AT_A_TIME)
          .given(history(running(A1, B1), waiting(C1)))
          .when(release(A1))
          .expectEvents(released(A1))
          .expectResultMessagePayload(5L);
    }
  }
}

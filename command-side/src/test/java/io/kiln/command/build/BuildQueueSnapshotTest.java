package io.kiln.command.build;

import static io.kiln.command.build.BuildQueueTestData.A1;
import static io.kiln.command.build.BuildQueueTestData.A2;
import static io.kiln.command.build.BuildQueueTestData.A3;
import static io.kiln.command.build.BuildQueueTestData.A4;
import static io.kiln.command.build.BuildQueueTestData.B1;
import static io.kiln.command.build.BuildQueueTestData.B2;
import static io.kiln.command.build.BuildQueueTestData.C1;
import static io.kiln.command.build.BuildQueueTestData.C2;
import static io.kiln.command.build.BuildQueueTestData.QUEUE;
import static io.kiln.command.build.BuildQueueTestData.SETTINGS;
import static io.kiln.command.build.BuildQueueTestData.dispatched;
import static io.kiln.command.build.BuildQueueTestData.enqueue;
import static io.kiln.command.build.BuildQueueTestData.enqueued;
import static io.kiln.command.build.BuildQueueTestData.history;
import static io.kiln.command.build.BuildQueueTestData.release;
import static io.kiln.command.build.BuildQueueTestData.released;
import static io.kiln.command.build.BuildQueueTestData.running;
import static io.kiln.command.build.BuildQueueTestData.sourced;
import static io.kiln.command.build.BuildQueueTestData.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiln.infra.axon.StoredMessageJson;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queue loads from a snapshot (serialized as Kiln stores it) and dispatches exactly as when sourced from its
 * events. Each scenario runs twice: once given the events, once given a snapshot of the queue after those events,
 * which Axon's aggregate factory takes as the aggregate itself.
 */
class BuildQueueSnapshotTest {
  /** A1, A2 and B1 run (workspace full, project A at its limit); then, in this order, C1, A3, B2, C2 and A4 wait. */
  private static final List<Object> BUSY = history(running(A1, A2, B1), waiting(C1, A3, B2, C2, A4));

  private final Serializer serializer = JacksonSerializer.builder().objectMapper(StoredMessageJson.mapper()).build();
  private AggregateTestFixture<BuildQueue> fixture;

  enum Source { EVENTS, SNAPSHOT }

  @BeforeEach
  void setUp() {
    fixture = BuildQueueTestData.fixture(SETTINGS);
  }

  private BuildQueue roundTrip(BuildQueue queue) {
    SerializedObject<byte[]> snapshot = serializer.serialize(queue, byte[].class);
    return serializer.deserialize(snapshot);
  }

  private String json(BuildQueue queue) {
    return serializer.serialize(queue, String.class).getData();
  }

  private TestExecutor<BuildQueue> given(Source source, List<Object> events) {
    if (source == Source.EVENTS) {
      return fixture.given(events);
    }
    BuildQueue snapshot = roundTrip(sourced(events));
    return fixture.given(new GenericDomainEventMessage<>(BuildQueue.class.getSimpleName(), QUEUE,
        events.size() - 1L, snapshot));
  }

  @Test
  void snapshotReadsBackAsTheSameQueue() {
    BuildQueue queue = sourced(history(BUSY, List.of(released(B1), dispatched(C1))));
    String written = json(queue);
    assertEquals(written, json(roundTrip(queue)));
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void releaseDispatchesTheNextEligibleInOrderOfRequest(Source source) {
    given(source, BUSY)
        .when(release(B1))
        .expectEvents(released(B1), dispatched(C1));
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void skippedBuildGoesWhenItsProjectFreesASlot(Source source) {
    given(source, history(BUSY, List.of(released(B1), dispatched(C1))))
        .when(release(A2))
        .expectEvents(released(A2), dispatched(A3));
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void orderOfRequestSurvives(Source source) {
    given(source, history(running(A1), waiting(C2, B2, A2, C1, B1, A3, A4)))
        .when(release(A1))
        .expectEvents(released(A1), dispatched(C2), dispatched(B2), dispatched(A2));
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void runningBuildsStillCountAgainstTheLimits(Source source) {
    given(source, history(running(A1, A2), waiting(A3)))
        .when(enqueue(A4))
        .expectEvents(enqueued(A4));
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void buildsItKnowsAreNotEnqueuedTwice(Source source) {
    given(source, BUSY).when(enqueue(A3))
        .expectNoEvents()
        .expectSuccessfulHandlerExecution();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void runningBuildsItKnowsAreNotEnqueuedTwice(Source source) {
    given(source, BUSY).when(enqueue(B1))
        .expectNoEvents()
        .expectSuccessfulHandlerExecution();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void releasedBuildsStayReleased(Source source) {
    given(source, history(BUSY, List.of(released(B1), dispatched(C1))))
        .when(release(B1))
        .expectNoEvents()
        .expectSuccessfulHandlerExecution();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void waitingBuildReleasedBeforeTheSnapshotIsNeverDispatched(Source source) {
    given(source, history(BUSY, List.of(released(C1))))
        .when(release(B1))
        .expectEvents(released(B1), dispatched(B2));
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void unknownBuildIsNotReleased(Source source) {
    given(source, BUSY).when(release(new BuildQueueTestData.QueuedBuild(C2.id() + "0", C2.project())))
        .expectNoEvents()
        .expectSuccessfulHandlerExecution();
  }
}

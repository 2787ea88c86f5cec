package io.kiln.command.build;

import static io.kiln.command.build.BuildTestData.BUILD;
import static io.kiln.command.build.BuildTestData.BUILD_ID;
import static io.kiln.command.build.BuildTestData.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.build.AdmitBuildCommand;
import io.kiln.domain.build.BuildDispatchedEvent;
import io.kiln.domain.build.BuildEnqueuedEvent;
import io.kiln.domain.build.BuildQueueId;
import io.kiln.domain.build.BuildReleasedEvent;
import io.kiln.domain.build.EnqueueBuildCommand;
import io.kiln.domain.build.ReleaseBuildCommand;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The feeder, through its annotated handlers: requests join the queue, dispatches admit, ends release. */
class BuildQueueFeederTest {
  private final RecordingCommandBus bus = new RecordingCommandBus();
  private AnnotationEventHandlerAdapter feeder;

  @BeforeEach
  void setUp() {
    feeder = new AnnotationEventHandlerAdapter(
        new BuildQueueFeeder(DefaultCommandGateway.builder().commandBus(bus).build()));
  }

  private List<Object> commandsFor(Object event) throws Exception {
    feeder.handle(GenericEventMessage.asEventMessage(event));
    return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
  }

  @Test
  void requestedBuildJoinsTheWorkspaceQueue() throws Exception {
    assertEquals(List.of(new EnqueueBuildCommand(BuildQueueId.WORKSPACE, BUILD, PROJECT)),
        commandsFor(BuildTestData.requested()));
  }

  @Test
  void dispatchedBuildIsAdmitted() throws Exception {
    assertEquals(List.of(new AdmitBuildCommand(BUILD_ID)),
        commandsFor(new BuildDispatchedEvent(BuildQueueId.WORKSPACE, BUILD, PROJECT)));
  }

  static Stream<Object> endings() {
    return Stream.of(BuildTestData.succeeded(), BuildTestData.failed("exit code 1", null),
        BuildTestData.timedOut(null), BuildTestData.cancelled(BuildTestData.ALICE));
  }

  @ParameterizedTest
  @MethodSource("endings")
  void endedOrCancelledBuildIsReleased(Object event) throws Exception {
    assertEquals(List.of(new ReleaseBuildCommand(BuildQueueId.WORKSPACE, BUILD)), commandsFor(event));
  }

  static Stream<Object> otherEvents() {
    return Stream.of(BuildTestData.admitted(), BuildTestData.running(), BuildTestData.pushing(),
        new BuildEnqueuedEvent(BuildQueueId.WORKSPACE, BUILD, PROJECT),
        new BuildReleasedEvent(BuildQueueId.WORKSPACE, BUILD));
  }

  @ParameterizedTest
  @MethodSource("otherEvents")
  void otherEventsSendNothing(Object event) throws Exception {
    assertEquals(List.of(), commandsFor(event));
  }

  @Test
  void refusedCommandFailsTheEventSoThatItIsRetried() {
    bus.setCallbackBehavior((payload, metaData) -> {
      throw new KilnException(ErrorCode.UNAVAILABLE, "store down");
    });
    var failure = assertThrows(KilnException.class, () -> commandsFor(BuildTestData.succeeded()));
    assertEquals(ErrorCode.UNAVAILABLE, failure.code());
  }
}

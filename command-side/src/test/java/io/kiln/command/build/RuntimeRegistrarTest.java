package io.kiln.command.build;

import static io.kiln.command.build.BuildTestData.BUILD;
import static io.kiln.command.build.BuildTestData.DIGEST;
import static io.kiln.command.build.BuildTestData.IMAGE;
import static io.kiln.command.build.BuildTestData.KERNEL;
import static io.kiln.command.build.BuildTestData.MODEL;
import static io.kiln.command.build.BuildTestData.NAME;
import static io.kiln.command.build.BuildTestData.OTHER_PROJECT;
import static io.kiln.command.build.BuildTestData.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RebaseProjectRuntimeCommand;
import io.kiln.domain.catalog.RegisterProjectRuntimeCommand;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A succeeded runtime build registers its runtime in its project, or points the one of the same name at it. */
class RuntimeRegistrarTest {
  private static final String BUILT = IMAGE + "@" + DIGEST;
  private static final String EXISTING = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a99";
  private static final String OTHER_BUILD = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e70";

  private final RecordingCommandBus bus = new RecordingCommandBus();
  /** Runtime ids by name and project (null: the workspace's own). */
  private final Map<List<String>, String> named = new HashMap<>();
  private AnnotationEventHandlerAdapter registrar;

  @BeforeEach
  void setUp() {
    registrar = new AnnotationEventHandlerAdapter(new RuntimeRegistrar(
        DefaultCommandGateway.builder().commandBus(bus).build(),
        (name, projectId) -> Optional.ofNullable(named.get(Arrays.asList(name, projectId)))));
  }

  private List<Object> commandsFor(Object... events) throws Exception {
    for (Object event : events) {
      registrar.handle(GenericEventMessage.asEventMessage(event));
    }
    return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
  }

  private static BuildSucceededEvent succeeded(String build, BuildKind kind, String modelId) {
    return new BuildSucceededEvent(build, PROJECT, kind, NAME, modelId, IMAGE, DIGEST, Editor.JUPYTERLAB, KERNEL);
  }

  /** The id the runtime of a build gets: derived from the build, so that a retried event registers it again. */
  private static String runtimeOf(String build) {
    return UUID.nameUUIDFromBytes(("runtime-of-build:" + build).getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Test
  void runtimeBuildRegistersARuntimeOfItsProjectPinnedToTheDigest() throws Exception {
    assertEquals(List.of(new RegisterProjectRuntimeCommand(runtimeOf(BUILD), PROJECT, NAME, BUILT,
        Editor.JUPYTERLAB, KERNEL)), commandsFor(BuildTestData.succeeded()));
  }

  @Test
  void runtimeOfTheSameNameInTheProjectIsPointedAtTheNewImage() throws Exception {
    named.put(List.of(NAME, PROJECT), EXISTING);
    assertEquals(List.of(new RebaseProjectRuntimeCommand(EXISTING, BUILT)), commandsFor(BuildTestData.succeeded()));
  }

  @Test
  void runtimesOfTheSameNameElsewhereDoNotCount() throws Exception {
    named.put(List.of(NAME, OTHER_PROJECT), EXISTING);
    named.put(Arrays.asList(NAME, null), EXISTING);
    assertEquals(List.of(new RegisterProjectRuntimeCommand(runtimeOf(BUILD), PROJECT, NAME, BUILT,
        Editor.JUPYTERLAB, KERNEL)), commandsFor(BuildTestData.succeeded()));
  }

  @Test
  void retriedEventRegistersTheSameRuntimeAgain() throws Exception {
    List<Object> commands = commandsFor(BuildTestData.succeeded(), BuildTestData.succeeded());
    assertEquals(2, commands.size());
    assertEquals(commands.get(0), commands.get(1));
  }

  @Test
  void eachBuildRegistersARuntimeOfItsOwn() throws Exception {
    List<Object> commands = commandsFor(succeeded(BUILD, BuildKind.RUNTIME, null),
        succeeded(OTHER_BUILD, BuildKind.RUNTIME, null));
    assertEquals(List.of(runtimeOf(BUILD), runtimeOf(OTHER_BUILD)),
        commands.stream().map(c -> ((RegisterProjectRuntimeCommand) c).runtimeId()).toList());
    assertNotEquals(runtimeOf(BUILD), runtimeOf(OTHER_BUILD));
  }

  @Test
  void modelAndApplicationBuildsRegisterNoRuntime() throws Exception {
    named.put(List.of(NAME, PROJECT), EXISTING);
    assertEquals(List.of(), commandsFor(succeeded(BUILD, BuildKind.MODEL, MODEL),
        succeeded(BUILD, BuildKind.APPLICATION, null)));
  }

  @Test
  void buildsThatDidNotSucceedRegisterNothing() throws Exception {
    assertEquals(List.of(), commandsFor(BuildTestData.requested(), BuildTestData.failed("exit code 1", null),
        BuildTestData.timedOut(null), BuildTestData.cancelled(BuildTestData.ALICE)));
  }
}

package io.kiln.command.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiln.domain.build.BuildKind;
import io.kiln.domain.build.BuildSucceededEvent;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.RegisterModelVersionCommand;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

/** The process from builds to versions: what it sends for each succeeded build, and what it does when that fails. */
class ModelVersionRegistrarTest {
  private static final String MODEL = ModelTestData.MODEL;
  private static final String PROJECT = ModelTestData.PROJECT;
  private static final String BUILD = ModelTestData.BUILD_1;
  private static final String IMAGE = ModelTestData.IMAGE;
  private static final String DIGEST = ModelTestData.DIGEST;

  private final RecordingCommandBus bus = new RecordingCommandBus();
  private final ModelVersionRegistrar registrar =
      new ModelVersionRegistrar(DefaultCommandGateway.builder().commandBus(bus).build());

  private static BuildSucceededEvent succeeded(BuildKind kind, String modelId) {
    return new BuildSucceededEvent(BUILD, PROJECT, kind, "churn-scorer", modelId, IMAGE, DIGEST, Editor.NONE,
        "python3.11");
  }

  @Test
  void aSucceededModelBuildRegistersAVersionOfItsModel() {
    registrar.on(succeeded(BuildKind.MODEL, MODEL));
    assertThat(bus.getDispatchedCommands().stream().map(m -> (Object) m.getPayload())).containsExactly(
        new RegisterModelVersionCommand(new ModelId(MODEL), PROJECT, BUILD, IMAGE, DIGEST));
  }

  @Test
  void otherBuildsVersionNoModel() {
    registrar.on(succeeded(BuildKind.RUNTIME, null));
    registrar.on(succeeded(BuildKind.APPLICATION, null));
    assertThat(bus.getDispatchedCommands()).isEmpty();
  }

  @Test
  void aBuildOfAModelThatDoesNotExistIsPassedOver() {
    bus.setCallbackBehavior((command, metaData) -> {
      throw new AggregateNotFoundException(MODEL, "no such model");
    });
    registrar.on(succeeded(BuildKind.MODEL, MODEL));
    assertThat(bus.getDispatchedCommands()).hasSize(1);
  }

  @Test
  void anyOtherFailureStopsTheProcessSoThatItRetries() {
    bus.setCallbackBehavior((command, metaData) -> {
      throw new IllegalStateException("database unavailable");
    });
    assertThatThrownBy(() -> registrar.on(succeeded(BuildKind.MODEL, MODEL)))
        .isInstanceOf(IllegalStateException.class).hasMessage("database unavailable");
  }
}

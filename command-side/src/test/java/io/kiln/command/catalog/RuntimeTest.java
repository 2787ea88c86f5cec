package io.kiln.command.catalog;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.catalog.ChangeRuntimeImageCommand;
import io.kiln.domain.catalog.ChangeRuntimeStatusCommand;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RegisterRuntimeCommand;
import io.kiln.domain.catalog.RuntimeImageChangedEvent;
import io.kiln.domain.catalog.RuntimeRegisteredEvent;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeStatusChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RuntimeTest {
  static final String RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
  static final String OTHER_RUNTIME = "2c4e6a8b-1d3f-4a5b-9c7d-e1f2a3b4c5d6";
  static final String PROJECT = "6d2b7c1e-8f3a-4d5b-9e0c-1a2b3c4d5e6f";
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";
  static final String IMAGE = "registry.example.com/ml/python:3.11";
  static final String NEW_IMAGE = "registry.example.com/ml/python:3.11.9";

  private FakeCatalog catalog;
  private AggregateTestFixture<Runtime> fixture;

  @BeforeEach
  void setUp() {
    catalog = new FakeCatalog();
    fixture = new AggregateTestFixture<>(Runtime.class);
    fixture.registerInjectableResource(catalog);
  }

  private static RegisterRuntimeCommand register(String name, String image, Editor editor, String kernel) {
    return new RegisterRuntimeCommand(RUNTIME, name, image, editor, kernel);
  }

  private static RegisterRuntimeCommand registerPython() {
    return register("Python 3.11", IMAGE, Editor.JUPYTERLAB, "python3.11");
  }

  private static RuntimeRegisteredEvent registered(String name, String image, String kernel) {
    return new RuntimeRegisteredEvent(RUNTIME, name, image, Editor.JUPYTERLAB, kernel, null);
  }

  private static RuntimeRegisteredEvent pythonRegistered() {
    return registered("Python 3.11", IMAGE, "python3.11");
  }

  @Nested
  class Register {
    @Test
    void adminRegistersEnabledWorkspaceRuntime() {
      fixture.givenNoPriorActivity()
          .when(registerPython(), Actors.admin(ADMIN))
          .expectEvents(pythonRegistered())
          .expectResultMessagePayload(RUNTIME);
    }

    @Test
    void systemComponentActingAsAdminRegisters() {
      fixture.givenNoPriorActivity()
          .when(register("R 4.4", "rocker/r-ver:4.4", Editor.RSTUDIO, "r4.4"), Actors.admin("system:seed"))
          .expectEvents(new RuntimeRegisteredEvent(RUNTIME, "R 4.4", "rocker/r-ver:4.4", Editor.RSTUDIO, "r4.4",
              null));
    }

    @Test
    void userCannotRegister() {
      fixture.givenNoPriorActivity()
          .when(registerPython(), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotRegister() {
      fixture.givenNoPriorActivity()
          .when(registerPython(), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void commandWithoutActorIsUnauthenticated() {
      fixture.givenNoPriorActivity()
          .when(registerPython())
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" Python", "Python ", "-python", ".python", "py/thon", "pyth\u00f6n", "py:thon"})
    void invalidNameIsRefused(String name) {
      fixture.givenNoPriorActivity()
          .when(register(name, IMAGE, Editor.JUPYTERLAB, "python3.11"), Actors.admin(ADMIN))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void nameOf64CharactersIsRefused() {
      fixture.givenNoPriorActivity()
          .when(register("p".repeat(64), IMAGE, Editor.JUPYTERLAB, "python3.11"), Actors.admin(ADMIN))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void nameOf63CharactersIsAccepted() {
      fixture.givenNoPriorActivity()
          .when(register("p".repeat(63), IMAGE, Editor.JUPYTERLAB, "python3.11"), Actors.admin(ADMIN))
          .expectEvents(registered("p".repeat(63), IMAGE, "python3.11"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Registry.example.com/python", "python:", "ml//python", "/python", "python@sha256:abc",
        "python:3.11 slim", "python:-latest"})
    void invalidImageIsRefused(String image) {
      fixture.givenNoPriorActivity()
          .when(register("Python", image, Editor.JUPYTERLAB, "python3.11"), Actors.admin(ADMIN))
          .expectException(invalidField("image"))
          .expectNoEvents();
    }

    @Test
    void imageLongerThan512CharactersIsRefused() {
      fixture.givenNoPriorActivity()
          .when(register("Python", "a".repeat(513), Editor.JUPYTERLAB, "python3.11"), Actors.admin(ADMIN))
          .expectException(invalidField("image"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "registry.example.com:5000/ml/python:3.11",
        "ghcr.io/kiln/base@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void imageReferencesWithRegistryPortTagOrDigestAreAccepted(String image) {
      fixture.givenNoPriorActivity()
          .when(register("Python", image, Editor.JUPYTERLAB, "python3.11"), Actors.admin(ADMIN))
          .expectEvents(registered("Python", image, "python3.11"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Python3", "3python", "py thon", "python_3", "pabcdefghijklmnopqrstuvwxyz123456"})
    void invalidKernelIsRefused(String kernel) {
      fixture.givenNoPriorActivity()
          .when(register("Python", IMAGE, Editor.JUPYTERLAB, kernel), Actors.admin(ADMIN))
          .expectException(invalidField("kernel"))
          .expectNoEvents();
    }

    @Test
    void editorIsRequired() {
      fixture.givenNoPriorActivity()
          .when(register("Python", IMAGE, null, "python3.11"), Actors.admin(ADMIN))
          .expectException(invalidField("editor"))
          .expectNoEvents();
    }

    @Test
    void nameOfAnotherWorkspaceRuntimeIsRefusedWhateverItsCase() {
      catalog.runtime(OTHER_RUNTIME, "PYTHON 3.11", "python:3.11");
      fixture.givenNoPriorActivity()
          .when(registerPython(), Actors.admin(ADMIN))
          .expectException(kilnError(ErrorCode.RUNTIME_NAME_TAKEN))
          .expectNoEvents();
    }

    @Test
    void nameOfAProjectsOwnRuntimeIsAccepted() {
      catalog.runtime(OTHER_RUNTIME, "Python 3.11", "python:3.11", Editor.VSCODE, RuntimeStatus.ENABLED, PROJECT);
      fixture.givenNoPriorActivity()
          .when(registerPython(), Actors.admin(ADMIN))
          .expectEvents(pythonRegistered());
    }
  }

  @Nested
  class ChangeImage {
    @Test
    void adminChangesImage() {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeImageCommand(RUNTIME, NEW_IMAGE), Actors.admin(ADMIN))
          .expectEvents(new RuntimeImageChangedEvent(RUNTIME, NEW_IMAGE))
          .expectResultMessagePayload(1L);
    }

    @Test
    void sameImageChangesNothing() {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeImageCommand(RUNTIME, IMAGE), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(0L);
    }

    @Test
    void changingBackToTheFirstImageIsAChange() {
      fixture.given(pythonRegistered(), new RuntimeImageChangedEvent(RUNTIME, NEW_IMAGE))
          .when(new ChangeRuntimeImageCommand(RUNTIME, IMAGE), Actors.admin(ADMIN))
          .expectEvents(new RuntimeImageChangedEvent(RUNTIME, IMAGE))
          .expectResultMessagePayload(2L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Python:3.11", "python:"})
    void invalidImageIsRefused(String image) {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeImageCommand(RUNTIME, image), Actors.admin(ADMIN))
          .expectException(invalidField("image"))
          .expectNoEvents();
    }

    @Test
    void userCannotChangeImage() {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeImageCommand(RUNTIME, NEW_IMAGE), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }

  @Nested
  class ChangeStatus {
    @ParameterizedTest
    @EnumSource(value = RuntimeStatus.class, names = {"DEPRECATED", "DISABLED"})
    void adminDeprecatesOrDisables(RuntimeStatus status) {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeStatusCommand(RUNTIME, status), Actors.admin(ADMIN))
          .expectEvents(new RuntimeStatusChangedEvent(RUNTIME, status))
          .expectResultMessagePayload(1L);
    }

    @Test
    void adminEnablesDisabledRuntimeAgain() {
      fixture.given(pythonRegistered(), new RuntimeStatusChangedEvent(RUNTIME, RuntimeStatus.DISABLED))
          .when(new ChangeRuntimeStatusCommand(RUNTIME, RuntimeStatus.ENABLED), Actors.admin(ADMIN))
          .expectEvents(new RuntimeStatusChangedEvent(RUNTIME, RuntimeStatus.ENABLED))
          .expectResultMessagePayload(2L);
    }

    @Test
    void registeredRuntimeIsAlreadyEnabled() {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeStatusCommand(RUNTIME, RuntimeStatus.ENABLED), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(0L);
    }

    @Test
    void sameStatusAgainChangesNothing() {
      fixture.given(pythonRegistered(), new RuntimeStatusChangedEvent(RUNTIME, RuntimeStatus.DEPRECATED))
          .when(new ChangeRuntimeStatusCommand(RUNTIME, RuntimeStatus.DEPRECATED), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void statusIsRequired() {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeStatusCommand(RUNTIME, null), Actors.admin(ADMIN))
          .expectException(invalidField("status"))
          .expectNoEvents();
    }

    @Test
    void auditorCannotChangeStatus() {
      fixture.given(pythonRegistered())
          .when(new ChangeRuntimeStatusCommand(RUNTIME, RuntimeStatus.DISABLED), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }
}

package io.kiln.command.model;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.model.ModelTestData.ALICE;
import static io.kiln.command.model.ModelTestData.ARCHIVED_PROJECT;
import static io.kiln.command.model.ModelTestData.AUDITOR;
import static io.kiln.command.model.ModelTestData.DESCRIPTION;
import static io.kiln.command.model.ModelTestData.DISABLED_RUNTIME;
import static io.kiln.command.model.ModelTestData.FILE;
import static io.kiln.command.model.ModelTestData.FOREIGN_RUNTIME;
import static io.kiln.command.model.ModelTestData.FUNCTION;
import static io.kiln.command.model.ModelTestData.MODEL;
import static io.kiln.command.model.ModelTestData.MODEL_ID;
import static io.kiln.command.model.ModelTestData.NAME;
import static io.kiln.command.model.ModelTestData.OPERATOR;
import static io.kiln.command.model.ModelTestData.PROJECT;
import static io.kiln.command.model.ModelTestData.PROJECT_RUNTIME;
import static io.kiln.command.model.ModelTestData.RUNTIME;
import static io.kiln.command.model.ModelTestData.STRANGER;
import static io.kiln.command.model.ModelTestData.UNKNOWN_PROJECT;
import static io.kiln.command.model.ModelTestData.UNKNOWN_RUNTIME;
import static io.kiln.command.model.ModelTestData.VIEWER;
import static io.kiln.command.model.ModelTestData.create;
import static io.kiln.command.model.ModelTestData.created;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.model.CreateModelCommand;
import io.kiln.domain.model.ModelCreatedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCreateTest {
  private final FakeModelDirectory models = new FakeModelDirectory();
  private AggregateTestFixture<Model> fixture;

  @BeforeEach
  void setUp() {
    fixture = ModelTestData.fixture(ModelTestData.projects(), models);
  }

  private void refused(String actor, CreateModelCommand command, Matcher<Throwable> error) {
    fixture.givenNoPriorActivity()
        .when(command, Actors.user(actor))
        .expectException(error)
        .expectNoEvents();
  }

  @Test
  void contributorCreatesModelThatNeedsAccessKeysUnlessToldOtherwise() {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.user(ALICE))
        .expectEvents(created(true))
        .expectResultMessagePayload(MODEL);
  }

  @Test
  void modelMayBeOpenToCallsWithoutKeys() {
    fixture.givenNoPriorActivity()
        .when(create(NAME, FILE, FUNCTION, RUNTIME, false), Actors.user(ALICE))
        .expectEvents(created(false));
  }

  @Test
  void modelMayRunOnItsProjectsOwnRuntime() {
    fixture.givenNoPriorActivity()
        .when(create(NAME, FILE, FUNCTION, PROJECT_RUNTIME, true), Actors.user(ALICE))
        .expectEvents(new ModelCreatedEvent(MODEL, PROJECT, ALICE, NAME, DESCRIPTION, FILE, FUNCTION,
            PROJECT_RUNTIME, "Churn image", true));
  }

  @Test
  void noDescriptionIsAnEmptyOne() {
    fixture.givenNoPriorActivity()
        .when(new CreateModelCommand(MODEL_ID, PROJECT, NAME, null, FILE, FUNCTION, RUNTIME, true),
            Actors.user(ALICE))
        .expectEvents(new ModelCreatedEvent(MODEL, PROJECT, ALICE, NAME, "", FILE, FUNCTION, RUNTIME,
            "Python 3.11", true));
  }

  @Test
  void namesAreUniqueInTheProjectWhateverTheCase() {
    models.model("aaaaaaaa-0000-4000-8000-000000000001", PROJECT, "CHURN SCORER");
    refused(ALICE, create(), kilnError(ErrorCode.MODEL_NAME_TAKEN));
  }

  @Test
  void theSameNameMayBeUsedInAnotherProject() {
    models.model("aaaaaaaa-0000-4000-8000-000000000001", "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", NAME);
    fixture.givenNoPriorActivity()
        .when(create(), Actors.user(ALICE))
        .expectEvents(created());
  }

  @ParameterizedTest
  @ValueSource(strings = {VIEWER, OPERATOR})
  void viewersAndOperatorsDoNotCreateModels(String member) {
    refused(member, create(), kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void auditorsChangeNothing() {
    fixture.givenNoPriorActivity()
        .when(create(), Actors.auditor(AUDITOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }

  @Test
  void strangersAndUnknownProjectsSeeNoProject() {
    refused(STRANGER, create(), kilnError(ErrorCode.PROJECT_NOT_FOUND));
    refused(ALICE, new CreateModelCommand(MODEL_ID, UNKNOWN_PROJECT, NAME, null, FILE, FUNCTION, RUNTIME, null),
        kilnError(ErrorCode.PROJECT_NOT_FOUND));
  }

  @Test
  void archivedProjectsTakeNoNewModels() {
    refused(ALICE, new CreateModelCommand(MODEL_ID, ARCHIVED_PROJECT, NAME, null, FILE, FUNCTION, RUNTIME, null),
        kilnError(ErrorCode.PROJECT_ARCHIVED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " leading", "trailing ", "semi;colon"})
  void badNamesAreRefused(String name) {
    refused(ALICE, create(name, FILE, FUNCTION, RUNTIME, null), invalidField("name"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/etc/passwd", "../up.py", "a//b.py"})
  void filesAreRelativePathsInTheProject(String file) {
    refused(ALICE, create(NAME, file, FUNCTION, RUNTIME, null), invalidField("file"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1predict", "pre-dict", "os.system"})
  void functionsAreIdentifiers(String function) {
    refused(ALICE, create(NAME, FILE, function, RUNTIME, null), invalidField("function"));
  }

  @Test
  void descriptionsAreBounded() {
    refused(ALICE, new CreateModelCommand(MODEL_ID, PROJECT, NAME, "x".repeat(4001), FILE, FUNCTION, RUNTIME, null),
        invalidField("description"));
  }

  @Test
  void runtimeMustBeUsableInTheProject() {
    refused(ALICE, create(NAME, FILE, FUNCTION, null, null), invalidField("runtimeId"));
    refused(ALICE, create(NAME, FILE, FUNCTION, UNKNOWN_RUNTIME, null), kilnError(ErrorCode.RUNTIME_NOT_FOUND));
    refused(ALICE, create(NAME, FILE, FUNCTION, FOREIGN_RUNTIME, null), kilnError(ErrorCode.RUNTIME_NOT_FOUND));
    refused(ALICE, create(NAME, FILE, FUNCTION, DISABLED_RUNTIME, null), kilnError(ErrorCode.RUNTIME_DISABLED));
  }
}

package io.kiln.command.model;

import io.kiln.command.ChurnWorld;
import io.kiln.command.catalog.FakeCatalog;
import io.kiln.command.project.FakeProjectAccess;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.model.CreateModelCommand;
import io.kiln.domain.model.ModelCreatedEvent;
import io.kiln.domain.model.ModelId;
import io.kiln.domain.model.ModelVersionRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One model, "Churn scorer", created by Alice in project "Churn", served by predict() in model/serve.py. */
final class ModelTestData extends ChurnWorld {
  static final String MODEL = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
  static final ModelId MODEL_ID = new ModelId(MODEL);
  static final String NAME = "Churn scorer";
  static final String DESCRIPTION = "Scores customers by their risk of leaving";
  static final String FILE = "model/serve.py";
  static final String FUNCTION = "predict";

  static final String UNKNOWN_RUNTIME = "7b3e1f2a-4c5d-4e6f-8a9b-0c1d2e3f4aff";

  static final String BUILD_1 = "9a8b7c6d-0000-4000-8000-000000000001";
  static final String BUILD_2 = "9a8b7c6d-0000-4000-8000-000000000002";
  static final String IMAGE = "localhost:5000/6d2b7c1e/churn-scorer:9a8b7c6d";
  static final String DIGEST = "sha256:" + "ab".repeat(32);

  private ModelTestData() {}

  static FakeCatalog catalog() {
    return new FakeCatalog()
        .runtime(RUNTIME, "Python 3.11", "registry.example.com/ml/python:3.11")
        .runtime(DISABLED_RUNTIME, "Python 2", "python:2", Editor.NONE, RuntimeStatus.DISABLED, null)
        .runtime(PROJECT_RUNTIME, "Churn image", "registry.example.com/churn:7", Editor.NONE, RuntimeStatus.ENABLED,
            PROJECT)
        .runtime(FOREIGN_RUNTIME, "Other image", "registry.example.com/other:1", Editor.NONE, RuntimeStatus.ENABLED,
            OTHER_PROJECT);
  }

  static AggregateTestFixture<Model> fixture(FakeProjectAccess projects, FakeModelDirectory models) {
    AggregateTestFixture<Model> fixture = new AggregateTestFixture<>(Model.class);
    fixture.registerInjectableResource(projects);
    fixture.registerInjectableResource(catalog());
    fixture.registerInjectableResource(models);
    return fixture;
  }

  static CreateModelCommand create(String name, String file, String function, String runtime, Boolean keyRequired) {
    return new CreateModelCommand(MODEL_ID, PROJECT, name, DESCRIPTION, file, function, runtime, keyRequired);
  }

  static CreateModelCommand create() {
    return create(NAME, FILE, FUNCTION, RUNTIME, null);
  }

  static ModelCreatedEvent created() {
    return created(true);
  }

  static ModelCreatedEvent created(boolean keyRequired) {
    return new ModelCreatedEvent(MODEL, PROJECT, ALICE, NAME, DESCRIPTION, FILE, FUNCTION, RUNTIME, "Python 3.11",
        keyRequired);
  }

  static ModelVersionRegisteredEvent versioned(int number, String buildId) {
    return new ModelVersionRegisteredEvent(MODEL, PROJECT, number, buildId, IMAGE, DIGEST);
  }
}

package io.kiln.command.model;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.model.ModelTestData.BUILD_1;
import static io.kiln.command.model.ModelTestData.BUILD_2;
import static io.kiln.command.model.ModelTestData.DIGEST;
import static io.kiln.command.model.ModelTestData.IMAGE;
import static io.kiln.command.model.ModelTestData.MODEL_ID;
import static io.kiln.command.model.ModelTestData.OTHER_PROJECT;
import static io.kiln.command.model.ModelTestData.PROJECT;
import static io.kiln.command.model.ModelTestData.created;
import static io.kiln.command.model.ModelTestData.versioned;

import io.kiln.domain.model.RegisterModelVersionCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions are registered by Kiln, without an actor: one per succeeded build, numbered in order. */
class ModelVersionsTest {
  private AggregateTestFixture<Model> fixture;

  @BeforeEach
  void setUp() {
    fixture = ModelTestData.fixture(ModelTestData.projects(), new FakeModelDirectory());
  }

  private static RegisterModelVersionCommand register(String project, String build) {
    return new RegisterModelVersionCommand(MODEL_ID, project, build, IMAGE, DIGEST);
  }

  @Test
  void firstSucceededBuildIsVersionOne() {
    fixture.given(created())
        .when(register(PROJECT, BUILD_1))
        .expectEvents(versioned(1, BUILD_1))
        .expectResultMessagePayload(1L);
  }

  @Test
  void nextBuildIsTheNextVersion() {
    fixture.given(created(), versioned(1, BUILD_1))
        .when(register(PROJECT, BUILD_2))
        .expectEvents(versioned(2, BUILD_2));
  }

  @Test
  void aBuildRegisteredAgainIsStillOneVersion() {
    fixture.given(created(), versioned(1, BUILD_1), versioned(2, BUILD_2))
        .when(register(PROJECT, BUILD_1))
        .expectNoEvents()
        .expectResultMessagePayload(2L);
  }

  @Test
  void aBuildOfAnotherProjectVersionsNothing() {
    fixture.given(created())
        .when(register(OTHER_PROJECT, BUILD_1))
        .expectNoEvents();
  }

  @Test
  void aVersionNeedsItsImage() {
    fixture.given(created())
        .when(new RegisterModelVersionCommand(MODEL_ID, PROJECT, BUILD_1, null, DIGEST))
        .expectException(invalidField("image"))
        .expectNoEvents();
  }
}

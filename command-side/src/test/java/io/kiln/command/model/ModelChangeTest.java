package io.kiln.command.model;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.model.ModelTestData.ALICE;
import static io.kiln.command.model.ModelTestData.DESCRIPTION;
import static io.kiln.command.model.ModelTestData.MODEL;
import static io.kiln.command.model.ModelTestData.MODEL_ID;
import static io.kiln.command.model.ModelTestData.OPERATOR;
import static io.kiln.command.model.ModelTestData.STRANGER;
import static io.kiln.command.model.ModelTestData.created;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.model.ChangeModelCommand;
import io.kiln.domain.model.ModelDescriptionChangedEvent;
import io.kiln.domain.model.ModelKeyRequirementChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelChangeTest {
  private AggregateTestFixture<Model> fixture;

  @BeforeEach
  void setUp() {
    fixture = ModelTestData.fixture(ModelTestData.projects(), new FakeModelDirectory());
  }

  @Test
  void contributorChangesDescriptionAndKeyRequirementAtOnce() {
    fixture.given(created())
        .when(new ChangeModelCommand(MODEL_ID, "v2", false), Actors.user(ALICE))
        .expectEvents(new ModelDescriptionChangedEvent(MODEL, "v2"), new ModelKeyRequirementChangedEvent(MODEL, false))
        .expectResultMessagePayload(2L);
  }

  @Test
  void whatIsLeftOutOrUnchangedRecordsNothing() {
    fixture.given(created())
        .when(new ChangeModelCommand(MODEL_ID, DESCRIPTION, null), Actors.user(ALICE))
        .expectNoEvents()
        .expectResultMessagePayload(0L);
    fixture.given(created(), new ModelKeyRequirementChangedEvent(MODEL, false))
        .when(new ChangeModelCommand(MODEL_ID, null, false), Actors.user(ALICE))
        .expectNoEvents();
  }

  @Test
  void badDescriptionsAreRefused() {
    fixture.given(created())
        .when(new ChangeModelCommand(MODEL_ID, "bell\u0007", true), Actors.user(ALICE))
        .expectException(invalidField("description"))
        .expectNoEvents();
  }

  @Test
  void operatorsMayNotAndStrangersSeeNoModel() {
    fixture.given(created())
        .when(new ChangeModelCommand(MODEL_ID, "v2", null), Actors.user(OPERATOR))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.given(created())
        .when(new ChangeModelCommand(MODEL_ID, "v2", null), Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.MODEL_NOT_FOUND))
        .expectNoEvents();
  }
}

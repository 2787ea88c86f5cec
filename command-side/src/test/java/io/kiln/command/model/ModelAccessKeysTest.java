package io.kiln.command.model;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static io.kiln.command.model.ModelTestData.ALICE;
import static io.kiln.command.model.ModelTestData.MODEL;
import static io.kiln.command.model.ModelTestData.MODEL_ID;
import static io.kiln.command.model.ModelTestData.PROJECT_OWNER;
import static io.kiln.command.model.ModelTestData.STRANGER;
import static io.kiln.command.model.ModelTestData.VIEWER;
import static io.kiln.command.model.ModelTestData.created;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.model.CreateModelAccessKeyCommand;
import io.kiln.domain.model.ModelAccessKeyCreatedEvent;
import io.kiln.domain.model.ModelAccessKeyRevokedEvent;
import io.kiln.domain.model.RevokeModelAccessKeyCommand;
import io.kiln.domain.user.ApiKeys;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelAccessKeysTest {
  private static final String KEY = "4b5c6d7e-0000-4000-8000-00000000000a";
  private static final String SECRET = "kmk_aVeryRandomLookingSecretOfTheRightLength0123";
  private static final String HASH = ApiKeys.hash(SECRET);
  private static final String PREFIX = SECRET.substring(0, 12);
  private static final CreateModelAccessKeyCommand CREATE =
      new CreateModelAccessKeyCommand(MODEL_ID, KEY, "scoring service", HASH, PREFIX);
  private static final ModelAccessKeyCreatedEvent CREATED =
      new ModelAccessKeyCreatedEvent(MODEL, KEY, "scoring service", HASH, PREFIX, ALICE);
  private AggregateTestFixture<Model> fixture;

  @BeforeEach
  void setUp() {
    fixture = ModelTestData.fixture(ModelTestData.projects(), new FakeModelDirectory());
  }

  @Test
  void contributorCreatesKeyKeepingOnlyItsHashAndPrefix() {
    fixture.given(created())
        .when(CREATE, Actors.user(ALICE))
        .expectEvents(CREATED)
        .expectResultMessagePayload(1L);
  }

  @Test
  void creatingTheSameKeyAgainChangesNothing() {
    fixture.given(created(), CREATED)
        .when(CREATE, Actors.user(ALICE))
        .expectNoEvents();
  }

  @Test
  void anotherKeyUnderTheSameIdIsRefused() {
    fixture.given(created(), CREATED)
        .when(new CreateModelAccessKeyCommand(MODEL_ID, KEY, "x", ApiKeys.hash("other"), PREFIX), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.API_KEY_ID_IN_USE));
  }

  @Test
  void aRevokedKeyIsNotCreatedAgain() {
    fixture.given(created(), CREATED, new ModelAccessKeyRevokedEvent(MODEL, KEY))
        .when(CREATE, Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.API_KEY_REVOKED))
        .expectNoEvents();
  }

  @Test
  void malformedKeysAreRefused() {
    fixture.given(created())
        .when(new CreateModelAccessKeyCommand(MODEL_ID, KEY, null, "not-a-hash", PREFIX), Actors.user(ALICE))
        .expectException(invalidField("keyHash"));
    fixture.given(created())
        .when(new CreateModelAccessKeyCommand(MODEL_ID, "not-a-uuid", null, HASH, PREFIX), Actors.user(ALICE))
        .expectException(invalidField("keyId"));
    fixture.given(created())
        .when(new CreateModelAccessKeyCommand(MODEL_ID, KEY, null, HASH, SECRET), Actors.user(ALICE))
        .expectException(invalidField("keyPrefix"))
        .expectNoEvents();
  }

  @Test
  void viewersDoNotManageKeysAndStrangersSeeNoModel() {
    fixture.given(created())
        .when(CREATE, Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN));
    fixture.given(created())
        .when(CREATE, Actors.user(STRANGER))
        .expectException(kilnError(ErrorCode.MODEL_NOT_FOUND))
        .expectNoEvents();
  }

  @Test
  void revokingStopsTheKeyOnceAndOnlyOnce() {
    fixture.given(created(), CREATED)
        .when(new RevokeModelAccessKeyCommand(MODEL_ID, KEY), Actors.user(PROJECT_OWNER))
        .expectEvents(new ModelAccessKeyRevokedEvent(MODEL, KEY));
    fixture.given(created(), CREATED, new ModelAccessKeyRevokedEvent(MODEL, KEY))
        .when(new RevokeModelAccessKeyCommand(MODEL_ID, KEY), Actors.user(ALICE))
        .expectNoEvents()
        .expectResultMessagePayload(2L);
  }

  @Test
  void revokingAnUnknownKeyIsRefused() {
    fixture.given(created())
        .when(new RevokeModelAccessKeyCommand(MODEL_ID, KEY), Actors.user(ALICE))
        .expectException(kilnError(ErrorCode.API_KEY_NOT_FOUND));
    fixture.given(created(), CREATED)
        .when(new RevokeModelAccessKeyCommand(MODEL_ID, KEY), Actors.user(VIEWER))
        .expectException(kilnError(ErrorCode.FORBIDDEN))
        .expectNoEvents();
  }
}

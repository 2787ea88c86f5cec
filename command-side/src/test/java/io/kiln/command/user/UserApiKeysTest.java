package io.kiln.command.user;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.user.ApiKeyIssuedEvent;
import io.kiln.domain.user.ApiKeyRevokedEvent;
import io.kiln.domain.user.IssueApiKeyCommand;
import io.kiln.domain.user.RevokeApiKeyCommand;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserRole;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserApiKeysTest {
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";
  static final String BOB = "9a1d4c7e-5b3f-4e21-8c6a-2e7d9f0b3a44";
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  static final Instant NEXT_YEAR = NOW.plus(Duration.ofDays(365));
  static final String KEY_ID = "5e6f7a8b-1c2d-4e3f-9a0b-c1d2e3f4a5b6";
  static final String HASH = "0123456789abcdef".repeat(4);
  static final String OTHER_HASH = "fedcba9876543210".repeat(4);
  static final String PREFIX = "kiln_Xy7Qa2b";

  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(User.class);
    fixture.registerInjectableResource(new FakeUserDirectory());
  }

  private static UserCreatedEvent aliceCreated(UserRole role) {
    return new UserCreatedEvent(ALICE, "alice", "alice@example.com", role);
  }

  private TestExecutor<User> givenAlice(Object... moreEvents) {
    return fixture.given(aliceCreated(UserRole.USER)).andGiven(moreEvents).andGivenCurrentTime(NOW);
  }

  private static IssueApiKeyCommand issue(String keyId, String name, String hash, String prefix, Instant expiresAt) {
    return new IssueApiKeyCommand(new UserId(ALICE), keyId, name, hash, prefix, expiresAt);
  }

  private static IssueApiKeyCommand issue(String hash) {
    return issue(KEY_ID, "laptop", hash, PREFIX, NEXT_YEAR);
  }

  private static ApiKeyIssuedEvent issued() {
    return new ApiKeyIssuedEvent(ALICE, KEY_ID, "laptop", HASH, PREFIX, NEXT_YEAR);
  }

  private static RevokeApiKeyCommand revoke(String keyId) {
    return new RevokeApiKeyCommand(new UserId(ALICE), keyId);
  }

  @Nested
  class IssueApiKey {
    @Test
    void userIssuesKeyForThemself() {
      givenAlice()
          .when(issue(HASH), Actors.user(ALICE))
          .expectEvents(issued())
          .expectResultMessagePayload(1L);
    }

    @Test
    void adminIssuesKeyForOtherUser() {
      givenAlice()
          .when(issue(HASH), Actors.admin(ADMIN))
          .expectEvents(issued())
          .expectResultMessagePayload(1L);
    }

    @Test
    void keyMayHaveNeitherNameNorExpiry() {
      givenAlice()
          .when(issue(KEY_ID, null, HASH, PREFIX, null), Actors.user(ALICE))
          .expectEvents(new ApiKeyIssuedEvent(ALICE, KEY_ID, null, HASH, PREFIX, null));
    }

    @Test
    void otherUserCannotIssueKey() {
      givenAlice()
          .when(issue(HASH), Actors.user(BOB))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotIssueKeyEvenForThemself() {
      fixture.given(aliceCreated(UserRole.AUDITOR))
          .when(issue(HASH), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void expiryInThePastIsRefused() {
      givenAlice()
          .when(issue(KEY_ID, "laptop", HASH, PREFIX, NOW.minusSeconds(1)), Actors.user(ALICE))
          .expectException(invalidField("expiresAt"))
          .expectNoEvents();
    }

    @Test
    void expiryAtThePresentInstantIsRefused() {
      givenAlice()
          .when(issue(KEY_ID, "laptop", HASH, PREFIX, NOW), Actors.user(ALICE))
          .expectException(invalidField("expiresAt"))
          .expectNoEvents();
    }

    @Test
    void expiryOneSecondAheadIsAccepted() {
      givenAlice()
          .when(issue(KEY_ID, "laptop", HASH, PREFIX, NOW.plusSeconds(1)), Actors.user(ALICE))
          .expectEvents(new ApiKeyIssuedEvent(ALICE, KEY_ID, "laptop", HASH, PREFIX, NOW.plusSeconds(1)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"key-1", "5e6f7a8b1c2d4e3f9a0bc1d2e3f4a5b6"})
    void keyIdMustBeUuid(String keyId) {
      givenAlice()
          .when(issue(keyId, "laptop", HASH, PREFIX, NEXT_YEAR), Actors.user(ALICE))
          .expectException(invalidField("keyId"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
        "g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void keyHashMustBeLowerCaseHexSha256(String hash) {
      givenAlice()
          .when(issue(KEY_ID, "laptop", hash, PREFIX, NEXT_YEAR), Actors.user(ALICE))
          .expectException(invalidField("keyHash"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "kiln_Xy7Qa2bc")
    void keyPrefixMustHaveOneToTwelveCharacters(String prefix) {
      givenAlice()
          .when(issue(KEY_ID, "laptop", HASH, prefix, NEXT_YEAR), Actors.user(ALICE))
          .expectException(invalidField("keyPrefix"))
          .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my\nlaptop", "tab\there"})
    void keyNameMustNotContainControlCharacters(String name) {
      givenAlice()
          .when(issue(KEY_ID, name, HASH, PREFIX, NEXT_YEAR), Actors.user(ALICE))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void keyNameOfMoreThan100CharactersIsRefused() {
      givenAlice()
          .when(issue(KEY_ID, "n".repeat(101), HASH, PREFIX, NEXT_YEAR), Actors.user(ALICE))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @Test
    void issuingSameIdAndHashAgainChangesNothing() {
      givenAlice(issued())
          .when(issue(HASH), Actors.user(ALICE))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void issuingSameIdWithOtherHashIsRefused() {
      givenAlice(issued())
          .when(issue(OTHER_HASH), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.API_KEY_ID_IN_USE))
          .expectNoEvents();
    }

    @Test
    void revokedKeyCannotBeIssuedAgain() {
      givenAlice(issued(), new ApiKeyRevokedEvent(ALICE, KEY_ID))
          .when(issue(HASH), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.API_KEY_REVOKED))
          .expectNoEvents();
    }

    @Test
    void revokedKeyIdWithOtherHashIsInUse() {
      givenAlice(issued(), new ApiKeyRevokedEvent(ALICE, KEY_ID))
          .when(issue(OTHER_HASH), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.API_KEY_ID_IN_USE))
          .expectNoEvents();
    }

    @Test
    void secondKeyWithOtherIdIsIssued() {
      String otherKeyId = "7b8c9d0e-2f3a-4b5c-8d6e-f7a8b9c0d1e2";
      givenAlice(issued())
          .when(issue(otherKeyId, "ci", OTHER_HASH, PREFIX, null), Actors.user(ALICE))
          .expectEvents(new ApiKeyIssuedEvent(ALICE, otherKeyId, "ci", OTHER_HASH, PREFIX, null))
          .expectResultMessagePayload(2L);
    }
  }

  @Nested
  class RevokeApiKey {
    @Test
    void userRevokesOwnKey() {
      givenAlice(issued())
          .when(revoke(KEY_ID), Actors.user(ALICE))
          .expectEvents(new ApiKeyRevokedEvent(ALICE, KEY_ID))
          .expectResultMessagePayload(2L);
    }

    @Test
    void adminRevokesKeyOfOtherUser() {
      givenAlice(issued())
          .when(revoke(KEY_ID), Actors.admin(ADMIN))
          .expectEvents(new ApiKeyRevokedEvent(ALICE, KEY_ID))
          .expectResultMessagePayload(2L);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "7b8c9d0e-2f3a-4b5c-8d6e-f7a8b9c0d1e2")
    void unknownKeyIsNotFound(String keyId) {
      givenAlice(issued())
          .when(revoke(keyId), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.API_KEY_NOT_FOUND))
          .expectNoEvents();
    }

    @Test
    void revokingRevokedKeyChangesNothing() {
      givenAlice(issued(), new ApiKeyRevokedEvent(ALICE, KEY_ID))
          .when(revoke(KEY_ID), Actors.user(ALICE))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents()
          .expectResultMessagePayload(2L);
    }

    @Test
    void otherUserCannotRevokeKey() {
      givenAlice(issued())
          .when(revoke(KEY_ID), Actors.user(BOB))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotRevokeKeys() {
      givenAlice(issued())
          .when(revoke(KEY_ID), Actors.auditor(BOB))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void revokingWithoutActorIsUnauthenticated() {
      givenAlice(issued())
          .when(revoke(KEY_ID))
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }
  }
}

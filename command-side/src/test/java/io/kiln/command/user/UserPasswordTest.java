package io.kiln.command.user;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.user.CreatePasswordLinkCommand;
import io.kiln.domain.user.PasswordLinkCreatedEvent;
import io.kiln.domain.user.PasswordSetEvent;
import io.kiln.domain.user.SetPasswordCommand;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserRole;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserPasswordTest {
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";
  static final String BOB = "9a1d4c7e-5b3f-4e21-8c6a-2e7d9f0b3a44";
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  static final String HASH = "$2a$10$abcdefghijklmnopqrstuv";
  static final String TOKEN_HASH = "ab".repeat(32);

  private final FakePasswordVault vault = new FakePasswordVault();
  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(User.class);
    fixture.registerInjectableResource(new FakeUserDirectory());
    fixture.registerInjectableResource(vault);
  }

  private static UserCreatedEvent alice() {
    return new UserCreatedEvent(ALICE, "alice", "alice@example.com", UserRole.USER);
  }

  private static SetPasswordCommand set(String linkTokenHash) {
    return new SetPasswordCommand(new UserId(ALICE), HASH, linkTokenHash);
  }

  @Test
  void anAdminSetsAPasswordAndOnlyTheFactIsAnEvent() {
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(set(null), Actors.admin(ADMIN))
        .expectEvents(new PasswordSetEvent(ALICE, false));
    assertThat(vault.hashes).containsEntry(ALICE, HASH);
  }

  @Test
  void usersSetTheirOwnPassword() {
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(set(null), Actors.user(ALICE))
        .expectEvents(new PasswordSetEvent(ALICE, false));
  }

  @Test
  void nobodyElseSetsIt() {
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(set(null), Actors.user(BOB))
        .expectNoEvents().expectException(kilnError(ErrorCode.FORBIDDEN));
    assertThat(vault.hashes).isEmpty();
  }

  @Test
  void aPasswordHashIsRequired() {
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(new SetPasswordCommand(new UserId(ALICE), " ", null), Actors.admin(ADMIN))
        .expectNoEvents().expectException(invalidField("password"));
  }

  @Test
  void aLinkSetsThePasswordOnce() {
    vault.createLink("l1", ALICE, TOKEN_HASH, NOW.plus(Duration.ofHours(1)));
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(set(TOKEN_HASH), Actors.user(ALICE))
        .expectEvents(new PasswordSetEvent(ALICE, true));
    fixture.given(alice(), new PasswordSetEvent(ALICE, true)).andGivenCurrentTime(NOW)
        .when(set(TOKEN_HASH), Actors.user(ALICE))
        .expectNoEvents().expectException(kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void anExpiredLinkIsRefused() {
    vault.createLink("l1", ALICE, TOKEN_HASH, NOW.minusSeconds(1));
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(set(TOKEN_HASH), Actors.user(ALICE))
        .expectNoEvents().expectException(kilnError(ErrorCode.FORBIDDEN));
    assertThat(vault.hashes).isEmpty();
  }

  @Test
  void adminsCreateLinks() {
    Instant expires = NOW.plus(Duration.ofDays(1));
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(new CreatePasswordLinkCommand(new UserId(ALICE), "l1", TOKEN_HASH, expires), Actors.admin(ADMIN))
        .expectEvents(new PasswordLinkCreatedEvent(ALICE, "l1", expires));
    assertThat(vault.linkHolder(TOKEN_HASH, NOW)).contains(ALICE);
  }

  @Test
  void usersDoNotCreateLinks() {
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(new CreatePasswordLinkCommand(new UserId(ALICE), "l1", TOKEN_HASH, NOW.plusSeconds(60)),
            Actors.user(ALICE))
        .expectNoEvents().expectException(kilnError(ErrorCode.FORBIDDEN));
  }

  @Test
  void aLinkMustExpireInTheFuture() {
    fixture.given(alice()).andGivenCurrentTime(NOW)
        .when(new CreatePasswordLinkCommand(new UserId(ALICE), "l1", TOKEN_HASH, NOW), Actors.admin(ADMIN))
        .expectNoEvents().expectException(invalidField("expiresAt"));
  }
}

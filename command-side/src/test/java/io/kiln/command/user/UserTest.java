package io.kiln.command.user;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.MetadataKeys;
import io.kiln.domain.user.CreateUserCommand;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserRole;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";
  static final String BOB = "9a1d4c7e-5b3f-4e21-8c6a-2e7d9f0b3a44";
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";

  private FakeUserDirectory directory;
  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    directory = new FakeUserDirectory().withUser(ADMIN, "root");
    fixture = new AggregateTestFixture<>(User.class);
    fixture.registerInjectableResource(directory);
  }

  private static CreateUserCommand create(String username, String email, UserRole role) {
    return new CreateUserCommand(new UserId(ALICE), username, email, role);
  }

  private static CreateUserCommand createAlice() {
    return create("alice", "alice@example.com", UserRole.USER);
  }

  @Nested
  class Create {
    @Test
    void adminCreatesUser() {
      fixture.givenNoPriorActivity()
          .when(createAlice(), Actors.admin(ADMIN))
          .expectSuccessfulHandlerExecution()
          .expectEvents(new UserCreatedEvent(ALICE, "alice", "alice@example.com", UserRole.USER))
          .expectResultMessagePayload(ALICE);
    }

    @Test
    void adminCreatesAuditor() {
      fixture.givenNoPriorActivity()
          .when(create("eve", "eve@example.com", UserRole.AUDITOR), Actors.admin(ADMIN))
          .expectEvents(new UserCreatedEvent(ALICE, "eve", "eve@example.com", UserRole.AUDITOR));
    }

    @Test
    void systemComponentActingAsAdminCreatesUser() {
      fixture.givenNoPriorActivity()
          .when(createAlice(), Actors.admin("system:bootstrap"))
          .expectEvents(new UserCreatedEvent(ALICE, "alice", "alice@example.com", UserRole.USER));
    }

    @Test
    void userCannotCreateUsers() {
      fixture.givenNoPriorActivity()
          .when(createAlice(), Actors.user(BOB))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotCreateUsers() {
      fixture.givenNoPriorActivity()
          .when(createAlice(), Actors.auditor(BOB))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Alice", "1alice", "a", "al ice", "alice@home", "_alice"})
    void invalidUsernameIsRefused(String username) {
      fixture.givenNoPriorActivity()
          .when(create(username, "alice@example.com", UserRole.USER), Actors.admin(ADMIN))
          .expectException(invalidField("username"))
          .expectNoEvents();
    }

    @Test
    void usernameOfSixtyFourCharactersIsRefused() {
      fixture.givenNoPriorActivity()
          .when(create("a".repeat(64), "alice@example.com", UserRole.USER), Actors.admin(ADMIN))
          .expectException(invalidField("username"))
          .expectNoEvents();
    }

    @Test
    void usernameOfSixtyThreeCharactersIsAccepted() {
      String username = "a".repeat(63);
      fixture.givenNoPriorActivity()
          .when(create(username, "alice@example.com", UserRole.USER), Actors.admin(ADMIN))
          .expectEvents(new UserCreatedEvent(ALICE, username, "alice@example.com", UserRole.USER));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"alice.example.com", "alice@", "@example.com", "alice@@example.com",
        "alice smith@example.com", "alice@exa\nmple.com"})
    void invalidEmailIsRefused(String email) {
      fixture.givenNoPriorActivity()
          .when(create("alice", email, UserRole.USER), Actors.admin(ADMIN))
          .expectException(invalidField("email"))
          .expectNoEvents();
    }

    @Test
    void emailLongerThan254CharactersIsRefused() {
      String email = "a".repeat(64) + "@" + "b".repeat(186) + ".com";
      fixture.givenNoPriorActivity()
          .when(create("alice", email, UserRole.USER), Actors.admin(ADMIN))
          .expectException(invalidField("email"))
          .expectNoEvents();
    }

    @Test
    void roleIsRequired() {
      fixture.givenNoPriorActivity()
          .when(create("alice", "alice@example.com", null), Actors.admin(ADMIN))
          .expectException(invalidField("role"))
          .expectNoEvents();
    }

    @Test
    void takenUsernameIsRefused() {
      directory.withUser(BOB, "alice");
      fixture.givenNoPriorActivity()
          .when(createAlice(), Actors.admin(ADMIN))
          .expectException(kilnError(ErrorCode.USERNAME_TAKEN))
          .expectNoEvents();
    }

    @Test
    void commandWithoutActorIsUnauthenticated() {
      fixture.givenNoPriorActivity()
          .when(createAlice())
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }

    @Test
    void actorWithoutRoleIsUnauthenticated() {
      fixture.givenNoPriorActivity()
          .when(createAlice(), Map.of(MetadataKeys.ACTOR, ADMIN))
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }

    @Test
    void unknownActorRoleIsUnauthenticated() {
      fixture.givenNoPriorActivity()
          .when(createAlice(), Actors.as(ADMIN, "root"))
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }
  }
}

package io.kiln.command.user;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.ResetUserQuotaCommand;
import io.kiln.domain.quota.SetUserQuotaCommand;
import io.kiln.domain.quota.UserQuotaResetEvent;
import io.kiln.domain.quota.UserQuotaSetEvent;
import io.kiln.domain.user.UserCreatedEvent;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserQuotaTest {
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final UserId ALICE_ID = new UserId(ALICE);

  private AggregateTestFixture<User> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(User.class);
    fixture.registerInjectableResource(new FakeUserDirectory());
  }

  private TestExecutor<User> givenAlice(Object... moreEvents) {
    return fixture.given(new UserCreatedEvent(ALICE, "alice", "alice@example.com", UserRole.USER))
        .andGiven(moreEvents);
  }

  private static SetUserQuotaCommand set(long cpuMillis, long memoryMiB, int gpus) {
    return new SetUserQuotaCommand(ALICE_ID, cpuMillis, memoryMiB, gpus);
  }

  private static UserQuotaSetEvent quotaSet(long cpuMillis, long memoryMiB, int gpus) {
    return new UserQuotaSetEvent(ALICE, cpuMillis, memoryMiB, gpus);
  }

  @Nested
  class SetUserQuota {
    @Test
    void adminGivesUserOwnQuota() {
      givenAlice()
          .when(set(64_000, 262_144, 4), Actors.admin(ADMIN))
          .expectEvents(quotaSet(64_000, 262_144, 4))
          .expectResultMessagePayload(1L);
    }

    @Test
    void ownQuotaEqualToTheBuiltInDefaultIsStillOwn() {
      QuotaLimits builtIn = QuotaLimits.WORKSPACE_DEFAULT;
      givenAlice()
          .when(set(builtIn.cpuMillis(), builtIn.memoryMiB(), builtIn.gpus()), Actors.admin(ADMIN))
          .expectEvents(quotaSet(16_000, 65_536, 0));
    }

    @Test
    void changedQuotaIsRecorded() {
      givenAlice(quotaSet(64_000, 262_144, 4))
          .when(set(64_000, 262_144, 8), Actors.admin(ADMIN))
          .expectEvents(quotaSet(64_000, 262_144, 8))
          .expectResultMessagePayload(2L);
    }

    @Test
    void sameQuotaAgainChangesNothing() {
      givenAlice(quotaSet(64_000, 262_144, 4))
          .when(set(64_000, 262_144, 4), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void quotaSetAfterAResetIsRecordedAgain() {
      givenAlice(quotaSet(64_000, 262_144, 4), new UserQuotaResetEvent(ALICE))
          .when(set(64_000, 262_144, 4), Actors.admin(ADMIN))
          .expectEvents(quotaSet(64_000, 262_144, 4))
          .expectResultMessagePayload(3L);
    }

    @Test
    void zeroQuotaIsAccepted() {
      givenAlice()
          .when(set(0, 0, 0), Actors.admin(ADMIN))
          .expectEvents(quotaSet(0, 0, 0));
    }

    @ParameterizedTest(name = "cpu {0}, memory {1}, gpus {2} -> {3}")
    @CsvSource({"-1, 65536, 0, cpuMillis", "16000, -1, 0, memoryMiB", "16000, 65536, -1, gpus"})
    void negativeLimitIsRefused(long cpuMillis, long memoryMiB, int gpus, String field) {
      givenAlice()
          .when(set(cpuMillis, memoryMiB, gpus), Actors.admin(ADMIN))
          .expectException(invalidField(field))
          .expectNoEvents();
    }

    @Test
    void userCannotSetOwnQuota() {
      givenAlice()
          .when(set(64_000, 262_144, 4), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotSetQuotas() {
      givenAlice()
          .when(set(64_000, 262_144, 4), Actors.auditor(ADMIN))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }

  @Nested
  class ResetUserQuota {
    @Test
    void adminResetsUserToTheDefault() {
      givenAlice(quotaSet(64_000, 262_144, 4))
          .when(new ResetUserQuotaCommand(ALICE_ID), Actors.admin(ADMIN))
          .expectEvents(new UserQuotaResetEvent(ALICE))
          .expectResultMessagePayload(2L);
    }

    @Test
    void userWithoutOwnQuotaIsAlreadyOnTheDefault() {
      givenAlice()
          .when(new ResetUserQuotaCommand(ALICE_ID), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(0L);
    }

    @Test
    void resettingAgainChangesNothing() {
      givenAlice(quotaSet(64_000, 262_144, 4), new UserQuotaResetEvent(ALICE))
          .when(new ResetUserQuotaCommand(ALICE_ID), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(2L);
    }

    @Test
    void userCannotResetOwnQuota() {
      givenAlice(quotaSet(0, 0, 0))
          .when(new ResetUserQuotaCommand(ALICE_ID), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotResetQuotas() {
      givenAlice(quotaSet(0, 0, 0))
          .when(new ResetUserQuotaCommand(ALICE_ID), Actors.auditor(ADMIN))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }
}

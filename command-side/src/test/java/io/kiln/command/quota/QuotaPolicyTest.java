package io.kiln.command.quota;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.quota.DefaultQuotaSetEvent;
import io.kiln.domain.quota.QuotaLimits;
import io.kiln.domain.quota.QuotaPolicyId;
import io.kiln.domain.quota.SetDefaultQuotaCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaPolicyTest {
  static final String POLICY = QuotaPolicyId.WORKSPACE;
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";

  private AggregateTestFixture<QuotaPolicy> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(QuotaPolicy.class);
  }

  private static DefaultQuotaSetEvent defaultSet(long cpuMillis, long memoryMiB, int gpus) {
    return new DefaultQuotaSetEvent(POLICY, cpuMillis, memoryMiB, gpus);
  }

  @Nested
  class SetDefaultQuota {
    @Test
    void firstDefaultCreatesThePolicy() {
      fixture.givenNoPriorActivity()
          .when(new SetDefaultQuotaCommand(32_000, 131_072, 2), Actors.admin(ADMIN))
          .expectEvents(defaultSet(32_000, 131_072, 2))
          .expectResultMessagePayload(0L);
    }

    @Test
    void commandTargetsTheWorkspacePolicy() {
      fixture.givenNoPriorActivity()
          .when(new SetDefaultQuotaCommand(POLICY, 8_000, 16_384, 0), Actors.admin(ADMIN))
          .expectEvents(defaultSet(8_000, 16_384, 0));
    }

    @Test
    void firstDefaultEqualToTheBuiltInOneIsStillRecorded() {
      QuotaLimits builtIn = QuotaLimits.WORKSPACE_DEFAULT;
      fixture.givenNoPriorActivity()
          .when(new SetDefaultQuotaCommand(builtIn.cpuMillis(), builtIn.memoryMiB(), builtIn.gpus()),
              Actors.admin(ADMIN))
          .expectEvents(defaultSet(16_000, 65_536, 0))
          .expectResultMessagePayload(0L);
    }

    @Test
    void changedDefaultIsRecorded() {
      fixture.given(defaultSet(32_000, 131_072, 2))
          .when(new SetDefaultQuotaCommand(32_000, 131_072, 4), Actors.admin(ADMIN))
          .expectEvents(defaultSet(32_000, 131_072, 4))
          .expectResultMessagePayload(1L);
    }

    @Test
    void sameDefaultAgainChangesNothing() {
      fixture.given(defaultSet(32_000, 131_072, 2), defaultSet(8_000, 16_384, 0))
          .when(new SetDefaultQuotaCommand(8_000, 16_384, 0), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void settingBackTheBuiltInDefaultIsAChange() {
      fixture.given(defaultSet(32_000, 131_072, 2))
          .when(new SetDefaultQuotaCommand(16_000, 65_536, 0), Actors.admin(ADMIN))
          .expectEvents(defaultSet(16_000, 65_536, 0));
    }

    @Test
    void zeroLimitsAreAccepted() {
      fixture.given(defaultSet(32_000, 131_072, 2))
          .when(new SetDefaultQuotaCommand(0, 0, 0), Actors.admin(ADMIN))
          .expectEvents(defaultSet(0, 0, 0));
    }

    @ParameterizedTest(name = "cpu {0}, memory {1}, gpus {2} -> {3}")
    @CsvSource({"-1, 65536, 0, cpuMillis", "16000, -1, 0, memoryMiB", "16000, 65536, -1, gpus"})
    void negativeLimitIsRefused(long cpuMillis, long memoryMiB, int gpus, String field) {
      fixture.given(defaultSet(32_000, 131_072, 2))
          .when(new SetDefaultQuotaCommand(cpuMillis, memoryMiB, gpus), Actors.admin(ADMIN))
          .expectException(invalidField(field))
          .expectNoEvents();
    }

    @Test
    void negativeLimitIsRefusedOnAFreshPolicy() {
      fixture.givenNoPriorActivity()
          .when(new SetDefaultQuotaCommand(16_000, 65_536, -1), Actors.admin(ADMIN))
          .expectException(invalidField("gpus"))
          .expectNoEvents();
    }

    @Test
    void userCannotSetTheDefault() {
      fixture.givenNoPriorActivity()
          .when(new SetDefaultQuotaCommand(32_000, 131_072, 2), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotSetTheDefault() {
      fixture.given(defaultSet(32_000, 131_072, 2))
          .when(new SetDefaultQuotaCommand(64_000, 131_072, 2), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void commandWithoutActorIsUnauthenticated() {
      fixture.givenNoPriorActivity()
          .when(new SetDefaultQuotaCommand(32_000, 131_072, 2))
          .expectException(kilnError(ErrorCode.UNAUTHENTICATED))
          .expectNoEvents();
    }
  }
}

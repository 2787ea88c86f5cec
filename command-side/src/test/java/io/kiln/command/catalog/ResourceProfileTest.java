package io.kiln.command.catalog;

import static io.kiln.command.KilnMatchers.invalidField;
import static io.kiln.command.KilnMatchers.kilnError;

import io.kiln.command.Actors;
import io.kiln.domain.ErrorCode;
import io.kiln.domain.catalog.CatalogRules;
import io.kiln.domain.catalog.DefineResourceProfileCommand;
import io.kiln.domain.catalog.ResizeResourceProfileCommand;
import io.kiln.domain.catalog.ResourceProfileDefinedEvent;
import io.kiln.domain.catalog.ResourceProfileResizedEvent;
import io.kiln.domain.catalog.ResourceProfileRetiredEvent;
import io.kiln.domain.catalog.RetireResourceProfileCommand;
import io.kiln.domain.workload.Resources;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceProfileTest {
  static final String PROFILE = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d";
  static final String OTHER_PROFILE = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
  static final String ADMIN = "c2e8b5a1-7f4d-4b9c-a3e6-1d0f8b2c5e77";
  static final String ALICE = "3f0c6a52-2d0e-4a8e-9d55-0f5f2a1c7b11";

  private FakeCatalog catalog;
  private AggregateTestFixture<ResourceProfile> fixture;

  @BeforeEach
  void setUp() {
    catalog = new FakeCatalog();
    fixture = new AggregateTestFixture<>(ResourceProfile.class);
    fixture.registerInjectableResource(catalog);
  }

  private static DefineResourceProfileCommand define(String name, long cpu, long memory, int gpus, String gpuType) {
    return new DefineResourceProfileCommand(PROFILE, name, cpu, memory, gpus, gpuType);
  }

  private static DefineResourceProfileCommand defineSmall() {
    return define("Small", 2_000, 8_192, 0, null);
  }

  private static ResourceProfileDefinedEvent smallDefined() {
    return new ResourceProfileDefinedEvent(PROFILE, "Small", 2_000, 8_192, 0, null);
  }

  private static ResizeResourceProfileCommand resize(long cpu, long memory, int gpus, String gpuType) {
    return new ResizeResourceProfileCommand(PROFILE, cpu, memory, gpus, gpuType);
  }

  @Nested
  class Define {
    @Test
    void adminDefinesProfile() {
      fixture.givenNoPriorActivity()
          .when(defineSmall(), Actors.admin(ADMIN))
          .expectEvents(smallDefined())
          .expectResultMessagePayload(PROFILE);
    }

    @Test
    void adminDefinesGpuProfileWithGpuType() {
      fixture.givenNoPriorActivity()
          .when(define("GPU large", 16_000, 131_072, 2, "nvidia-a100"), Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileDefinedEvent(PROFILE, "GPU large", 16_000, 131_072, 2, "nvidia-a100"));
    }

    @Test
    void largestProfileTheRulesAllowIsAccepted() {
      fixture.givenNoPriorActivity()
          .when(define("Huge", CatalogRules.MAX_CPU_MILLIS, CatalogRules.MAX_MEMORY_MIB, CatalogRules.MAX_GPUS, null),
              Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileDefinedEvent(PROFILE, "Huge", CatalogRules.MAX_CPU_MILLIS,
              CatalogRules.MAX_MEMORY_MIB, CatalogRules.MAX_GPUS, null));
    }

    @Test
    void smallestProfileTheRulesAllowIsAccepted() {
      fixture.givenNoPriorActivity()
          .when(define("Tiny", 1, 1, 0, null), Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileDefinedEvent(PROFILE, "Tiny", 1, 1, 0, null));
    }

    @Test
    void userCannotDefine() {
      fixture.givenNoPriorActivity()
          .when(defineSmall(), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotDefine() {
      fixture.givenNoPriorActivity()
          .when(defineSmall(), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" Small", "Small ", "_small", "small/2"})
    void invalidNameIsRefused(String name) {
      fixture.givenNoPriorActivity()
          .when(define(name, 2_000, 8_192, 0, null), Actors.admin(ADMIN))
          .expectException(invalidField("name"))
          .expectNoEvents();
    }

    @ParameterizedTest(name = "cpu {0}, memory {1}, gpus {2}, type {3} -> {4}")
    @CsvSource({
        "0, 8192, 0, , cpuMillis",
        "-1, 8192, 0, , cpuMillis",
        "1024001, 8192, 0, , cpuMillis",
        "2000, 0, 0, , memoryMiB",
        "2000, 16777217, 0, , memoryMiB",
        "2000, 8192, -1, , gpus",
        "2000, 8192, 65, , gpus",
        "2000, 8192, 0, nvidia-a100, gpuType",
        "2000, 8192, 1, nvidia a100, gpuType",
        "2000, 8192, 1, -a100, gpuType"})
    void sizeOutsideTheRulesIsRefused(long cpu, long memory, int gpus, String gpuType, String field) {
      fixture.givenNoPriorActivity()
          .when(define("Small", cpu, memory, gpus, gpuType), Actors.admin(ADMIN))
          .expectException(invalidField(field))
          .expectNoEvents();
    }

    @Test
    void nameOfAnotherProfileIsRefusedWhateverItsCase() {
      catalog.profile(OTHER_PROFILE, "SMALL", new Resources(1_000, 1_024, 0, null), true);
      fixture.givenNoPriorActivity()
          .when(defineSmall(), Actors.admin(ADMIN))
          .expectException(kilnError(ErrorCode.RESOURCE_PROFILE_NAME_TAKEN))
          .expectNoEvents();
    }
  }

  @Nested
  class Resize {
    @Test
    void adminResizes() {
      fixture.given(smallDefined())
          .when(resize(4_000, 16_384, 1, "nvidia-t4"), Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileResizedEvent(PROFILE, 4_000, 16_384, 1, "nvidia-t4"))
          .expectResultMessagePayload(1L);
    }

    @Test
    void sameSizeChangesNothing() {
      fixture.given(smallDefined())
          .when(resize(2_000, 8_192, 0, null), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(0L);
    }

    @Test
    void changingOnlyTheGpuTypeIsAResize() {
      fixture.given(new ResourceProfileDefinedEvent(PROFILE, "GPU", 8_000, 32_768, 1, "nvidia-t4"))
          .when(resize(8_000, 32_768, 1, "nvidia-l4"), Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileResizedEvent(PROFILE, 8_000, 32_768, 1, "nvidia-l4"));
    }

    @Test
    void resizingBackToTheFirstSizeIsAResize() {
      fixture.given(smallDefined(), new ResourceProfileResizedEvent(PROFILE, 4_000, 16_384, 0, null))
          .when(resize(2_000, 8_192, 0, null), Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileResizedEvent(PROFILE, 2_000, 8_192, 0, null))
          .expectResultMessagePayload(2L);
    }

    @Test
    void retiredProfileCannotBeResized() {
      fixture.given(smallDefined(), new ResourceProfileRetiredEvent(PROFILE))
          .when(resize(4_000, 16_384, 0, null), Actors.admin(ADMIN))
          .expectException(kilnError(ErrorCode.RESOURCE_PROFILE_RETIRED))
          .expectNoEvents();
    }

    @ParameterizedTest(name = "cpu {0}, memory {1}, gpus {2}, type {3} -> {4}")
    @CsvSource({
        "0, 8192, 0, , cpuMillis",
        "2000, 16777217, 0, , memoryMiB",
        "2000, 8192, 65, , gpus",
        "2000, 8192, 0, nvidia-t4, gpuType"})
    void sizeOutsideTheRulesIsRefused(long cpu, long memory, int gpus, String gpuType, String field) {
      fixture.given(smallDefined())
          .when(resize(cpu, memory, gpus, gpuType), Actors.admin(ADMIN))
          .expectException(invalidField(field))
          .expectNoEvents();
    }

    @Test
    void userCannotResize() {
      fixture.given(smallDefined())
          .when(resize(4_000, 16_384, 0, null), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }

  @Nested
  class Retire {
    @Test
    void adminRetires() {
      fixture.given(smallDefined())
          .when(new RetireResourceProfileCommand(PROFILE), Actors.admin(ADMIN))
          .expectEvents(new ResourceProfileRetiredEvent(PROFILE))
          .expectResultMessagePayload(1L);
    }

    @Test
    void retiringAgainChangesNothing() {
      fixture.given(smallDefined(), new ResourceProfileRetiredEvent(PROFILE))
          .when(new RetireResourceProfileCommand(PROFILE), Actors.admin(ADMIN))
          .expectNoEvents()
          .expectResultMessagePayload(1L);
    }

    @Test
    void userCannotRetire() {
      fixture.given(smallDefined())
          .when(new RetireResourceProfileCommand(PROFILE), Actors.user(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }

    @Test
    void auditorCannotRetire() {
      fixture.given(smallDefined())
          .when(new RetireResourceProfileCommand(PROFILE), Actors.auditor(ALICE))
          .expectException(kilnError(ErrorCode.FORBIDDEN))
          .expectNoEvents();
    }
  }
}

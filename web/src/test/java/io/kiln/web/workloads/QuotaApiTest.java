package io.kiln.web.workloads;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class QuotaApiTest extends KilnIntegrationTest {

  @Test
  void overQuotaIsAConflictThatSaysWhy() {
    Person alice = api.newUser("user");
    api.quota(alice, 16_000, 65_536, 4);
    Object project = api.createProject(alice, Api.uniqueName("GPU work")).get("id");
    String runtime = api.runtime("enabled");
    api.startSession(alice, project, runtime, api.profile(1000, 1024, 3)).expectStatus().isCreated();
    String twoGpus = api.profile(1000, 1024, 2);
    long before = eventCount();
    expectProblem(api.startSession(alice, project, runtime, twoGpus), HttpStatus.CONFLICT,
        "QUOTA_EXCEEDED")
        .jsonPath("$.detail").isEqualTo("Over your GPU quota: asked 2, using 3 of 4")
        .jsonPath("$.resource").isEqualTo("gpus")
        .jsonPath("$.requested").isEqualTo(2)
        .jsonPath("$.inUse").isEqualTo(3)
        .jsonPath("$.limit").isEqualTo(4);
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void usageFollowsWorkloadsAndFreesOnStop() {
    Person alice = api.newUser("user");
    Object project = api.createProject(alice, Api.uniqueName("Usage")).get("id");
    String session = (String) api.startSession(alice, project, api.runtime("enabled"), api.profile(1500, 3000, 0))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Map<String, Object> usage = api.get(alice, "/api/v1/users/{id}/usage", alice.id());
    assertThat(usage.get("used")).isEqualTo(Map.of("cpuMillis", 1500, "memoryMiB", 3000, "gpus", 0));
    assertThat((List<?>) usage.get("workloads")).hasSize(1);
    api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, session).exchange()
        .expectStatus().isOk();
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
        api.get(alice, "/api/v1/users/{id}/usage", alice.id()).get("used"))
        .isEqualTo(Map.of("cpuMillis", 0, "memoryMiB", 0, "gpus", 0)));
  }

  @Test
  void twoStartsRacingForTheLastOfAQuotaExactlyOneWins() throws Exception {
    Person alice = api.newUser("user");
    api.quota(alice, 3000, 65_536, 0);
    Object project = api.createProject(alice, Api.uniqueName("Race")).get("id");
    String runtime = api.runtime("enabled");
    String profile = api.profile(2000, 1024, 0);
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Integer>> racers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      racers.add(CompletableFuture.supplyAsync(() -> {
        await(start);
        return api.startSession(alice, project, runtime, profile).returnResult(String.class).getStatus().value();
      }));
    }
    List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
    assertThat(statuses).containsExactly(201, 409);
    Map<String, Object> usage = api.get(alice, "/api/v1/users/{id}/usage", alice.id());
    assertThat(usage.get("used")).isEqualTo(Map.of("cpuMillis", 2000, "memoryMiB", 1024, "gpus", 0));
  }

  @Test
  void onlyAdminsSetQuotasAndUsersSeeOnlyTheirOwn() {
    Person alice = api.newUser("user");
    Person bob = api.newUser("user");
    expectProblem(api.as(alice).put().uri("/api/v1/users/{id}/quota", alice.id())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("cpuMillis", 1, "memoryMiB", 1, "gpus", 9))
        .exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(api.as(alice).put().uri("/api/v1/quotas/default")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("cpuMillis", 1, "memoryMiB", 1, "gpus", 9))
        .exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(api.as(bob).get().uri("/api/v1/users/{id}/usage", alice.id()).exchange(), HttpStatus.FORBIDDEN,
        "FORBIDDEN");
    api.get(api.newUser("auditor"), "/api/v1/users/{id}/quota", alice.id());
  }

  @Test
  void ownQuotaOverridesTheDefaultUntilReset() {
    Person alice = api.newUser("user");
    assertThat(api.get(alice, "/api/v1/users/{id}/quota", alice.id())).containsEntry("source", "default");
    api.quota(alice, 1000, 1000, 1);
    assertThat(api.get(alice, "/api/v1/users/{id}/quota", alice.id())).containsEntry("source", "user")
        .containsEntry("limits", Map.of("cpuMillis", 1000, "memoryMiB", 1000, "gpus", 1));
    api.as(api.admin()).delete().uri("/api/v1/users/{id}/quota", alice.id()).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.source").isEqualTo("default");
  }

  @Test
  void negativeOrMissingLimitsAreRefused() {
    Person alice = api.newUser("user");
    for (Map<String, Object> bad : new Map[] {Map.of("cpuMillis", -1, "memoryMiB", 1, "gpus", 0),
        Map.of("cpuMillis", 1, "gpus", 0), Map.of("cpuMillis", "lots", "memoryMiB", 1, "gpus", 0)}) {
      api.as(api.admin()).put().uri("/api/v1/users/{id}/quota", alice.id()).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(bad).exchange().expectStatus().isBadRequest();
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.kiln.web.admin;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The event processors as an administrator sees and rebuilds them. */
class ProcessorApiTest extends KilnIntegrationTest {

  @Test
  void everyProcessorShowsItsKindPositionAndLag() {
    api.newUser("user");
    List<Map<String, Object>> processors = api.items(api.newUser("auditor"), "/api/v1/admin/processors");
    assertThat(processors).extracting(p -> p.get("name")).contains("projects-projection", "users-projection",
        "audit-trail", "webhooks-projection", "integrations-projection", "webhook-outbox", "project-names");
    Map<String, Object> projects = byName(processors, "projects-projection");
    assertThat(projects).containsEntry("kind", "projection").containsEntry("replayable", true)
        .containsEntry("running", true);
    long head = ((Number) projects.get("head")).longValue();
    assertThat(((Number) projects.get("position")).longValue()).isBetween(1L, head);
    assertThat(((Number) projects.get("lag")).longValue())
        .isEqualTo(head - ((Number) projects.get("position")).longValue());
    assertThat(byName(processors, "webhook-outbox")).containsEntry("kind", "side-effect")
        .containsEntry("replayable", false);
    assertThat(byName(processors, "project-names")).containsEntry("kind", "lookup");
  }

  @Test
  void anAdministratorRebuildsAProjectionAndWatchesItCatchUp() {
    Person alice = api.newUser("user");
    Map<String, Object> started = api.as(api.admin()).post().uri("/api/v1/admin/processors/users-projection:replay")
        .exchange().expectStatus().isAccepted()
        .expectHeader().valueEquals("Location", "/api/v1/admin/processors/users-projection")
        .expectBody(io.kiln.web.support.Api.JSON).returnResult().getResponseBody();
    assertThat(started).containsEntry("name", "users-projection");
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      Map<String, Object> now = api.get(api.admin(), "/api/v1/admin/processors/users-projection");
      assertThat(now).containsEntry("lag", 0).containsEntry("progress", 1.0);
    });
    assertThat(api.get(alice, "/api/v1/me")).containsEntry("id", alice.id());
  }

  @Test
  void sideEffectsAreNeverReplayedAndOnlyAdministratorsReplay() {
    expectProblem(api.as(api.admin()).post().uri("/api/v1/admin/processors/webhook-outbox:replay").exchange(),
        HttpStatus.CONFLICT, "PROCESSOR_NOT_REPLAYABLE");
    expectProblem(api.as(api.admin()).post().uri("/api/v1/admin/processors/project-names:replay").exchange(),
        HttpStatus.CONFLICT, "PROCESSOR_NOT_REPLAYABLE");
    expectProblem(api.as(api.admin()).post().uri("/api/v1/admin/processors/no-such:replay").exchange(),
        HttpStatus.NOT_FOUND, "PROCESSOR_NOT_FOUND");
    expectProblem(api.as(api.newUser("auditor")).post().uri("/api/v1/admin/processors/users-projection:replay")
        .exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
    Person user = api.newUser("user");
    expectProblem(api.as(user).post().uri("/api/v1/admin/processors/users-projection:replay").exchange(),
        HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(api.as(user).get().uri("/api/v1/admin/processors").exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
  }

  private static Map<String, Object> byName(List<Map<String, Object>> processors, String name) {
    return processors.stream().filter(p -> p.get("name").equals(name)).findFirst().orElseThrow();
  }
}

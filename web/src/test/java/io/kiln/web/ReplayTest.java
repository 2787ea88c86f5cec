package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.IntegrationProjector;
import io.kiln.projectors.ProjectProjector;
import io.kiln.projectors.Replays;
import io.kiln.projectors.UserProjector;
import io.kiln.projectors.WebhookProjector;
import io.kiln.projectors.audit.AuditProjector;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Truncating a read model and replaying its projector from the first event rebuilds identical rows: every read model,
 * the audit trail's hash chain included.
 */
class ReplayTest extends KilnIntegrationTest {
  @Autowired
  Replays replays;

  @Test
  void projectTablesRebuildIdentically() {
    Person alice = api.newUser("user");
    Person bob = api.newUser("user");
    Map<String, Object> project = api.createProject(alice, Api.uniqueName("Replayed"));
    api.setRole(alice, project.get("id"), bob, "contributor");
    api.as(bob).patch().uri("/api/v1/projects/{id}", project.get("id")).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "changed", "visibility", "team")).exchange().expectStatus().isOk();
    api.as(bob).post().uri("/api/v1/projects/{id}:archive", api.createProject(bob, "Gone soon").get("id"))
        .exchange().expectStatus().isOk();

    rebuildsIdentically(ProjectProjector.GROUP, "readmodel.project", "readmodel.project_member");
  }

  @Test
  void userTablesRebuildIdentically() {
    Person alice = api.newUser("user");
    String keyId = (String) api.items(alice, "/api/v1/users/{id}/api-keys", alice.id()).get(0).get("id");
    api.as(alice).delete().uri("/api/v1/users/{id}/api-keys/{key}", alice.id(), keyId).exchange()
        .expectStatus().isNoContent();

    rebuildsIdentically(UserProjector.GROUP, "readmodel.app_user", "readmodel.api_key");
  }

  @Test
  void theAuditTrailRebuildsIntoTheSameChainAndItsCheckpointsStillHold() {
    Person alice = api.newUser("user");
    Person auditor = api.newUser("auditor");
    api.createProject(alice, Api.uniqueName("Audited replay"));
    api.as(auditor).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Refused")).exchange().expectStatus().isForbidden();
    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from eventstore.command_refusal where chain_seq is null", Long.class) == 0);
    api.as(api.admin()).post().uri("/api/v1/audit/checkpoints").exchange().expectStatus().is2xxSuccessful();

    rebuildsIdentically(AuditProjector.GROUP, "readmodel.audit_record");
    assertThat(jdbc.queryForObject("select count(*) from readmodel.audit_record where kind = 'refusal'", Long.class))
        .isPositive();
    assertThat(api.get(auditor, "/api/v1/audit/verify")).containsEntry("valid", true);
  }

  @Test
  void webhookAndIntegrationTablesRebuildIdentically() {
    Person alice = api.newUser("user");
    String project = (String) api.createProject(alice, Api.uniqueName("Hooked replay")).get("id");
    String webhook = (String) api.as(alice).post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", "https://hooks.example.com/replay", "eventTypes", List.of("ProjectRenamedEvent"),
            "projectIds", List.of(project)))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    api.as(alice).post().uri("/api/v1/webhooks/{id}:rotate-secret", webhook).exchange().expectStatus().isOk();
    String name = "replayed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    api.as(api.admin()).put().uri("/api/v1/integrations/{n}", name).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("projectIds", List.of("*"), "eventTypes", List.of("*"))).exchange().expectStatus().isOk();
    api.as(api.admin()).put().uri("/api/v1/integrations/{n}", name).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("projectIds", List.of(project), "eventTypes", List.of("ProjectCreatedEvent"),
            "commandTypes", List.of("ArchiveProjectCommand"))).exchange().expectStatus().isOk();
    api.as(api.admin()).delete().uri("/api/v1/integrations/{n}", name).exchange().expectStatus().isNoContent();

    rebuildsIdentically(WebhookProjector.GROUP, "readmodel.webhook", "readmodel.webhook_scope");
    rebuildsIdentically(IntegrationProjector.GROUP, "readmodel.integration", "readmodel.integration_scope");
  }

  /** A projection added without a rebuild test above fails here. */
  @Test
  void everyReplayableProjectionHasARebuildTest() {
    assertThat(Replays.REPLAYABLE).containsExactlyInAnyOrder(ProjectProjector.GROUP, UserProjector.GROUP,
        AuditProjector.GROUP, WebhookProjector.GROUP, IntegrationProjector.GROUP);
  }

  private void rebuildsIdentically(String group, String... tables) {
    await().atMost(Duration.ofSeconds(20)).until(() -> replays.caughtUp(group));
    List<List<Map<String, Object>>> before = snapshot(tables);
    assertThat(before).allSatisfy(rows -> assertThat(rows).isNotEmpty());

    for (String table : tables) {
      jdbc.execute("truncate " + table);
    }
    assertThat(snapshot(tables)).allSatisfy(rows -> assertThat(rows).isEmpty());
    replays.replay(group);

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(replays.caughtUp(group)).isTrue();
      assertThat(snapshot(tables)).isEqualTo(before);
    });
  }

  private List<List<Map<String, Object>>> snapshot(String... tables) {
    return Arrays.stream(tables)
        .map(table -> jdbc.queryForList("select * from " + table + " order by 1, 2"))
        .toList();
  }
}

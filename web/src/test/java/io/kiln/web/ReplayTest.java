package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.projectors.IntegrationProjector;
import io.kiln.projectors.ApplicationProjector;
import io.kiln.projectors.BuildProjector;
import io.kiln.projectors.CatalogProjector;
import io.kiln.projectors.DeploymentProjector;
import io.kiln.projectors.JobProjector;
import io.kiln.projectors.JobRunProjector;
import io.kiln.projectors.ModelProjector;
import io.kiln.projectors.NodePoolProjector;
import io.kiln.projectors.QuotaProjector;
import io.kiln.projectors.SessionProjector;
import io.kiln.projectors.UsageProjector;
import io.kiln.projectors.ProjectProjector;
import io.kiln.projectors.Replays;
import io.kiln.projectors.UserProjector;
import io.kiln.projectors.WebhookProjector;
import io.kiln.projectors.audit.AuditProjector;
import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import io.kiln.web.support.Rebuilds;
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

    rebuilds().rebuildsIdentically(ProjectProjector.GROUP, "readmodel.project", "readmodel.project_member");
  }

  @Test
  void userTablesRebuildIdentically() {
    Person alice = api.newUser("user");
    String keyId = (String) api.items(alice, "/api/v1/users/{id}/api-keys", alice.id()).get(0).get("id");
    api.as(alice).delete().uri("/api/v1/users/{id}/api-keys/{key}", alice.id(), keyId).exchange()
        .expectStatus().isNoContent();

    rebuilds().rebuildsIdentically(UserProjector.GROUP, "readmodel.app_user", "readmodel.api_key");
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

    rebuilds().rebuildsIdentically(AuditProjector.GROUP, "readmodel.audit_record");
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

    rebuilds().rebuildsIdentically(WebhookProjector.GROUP, "readmodel.webhook", "readmodel.webhook_scope");
    rebuilds().rebuildsIdentically(IntegrationProjector.GROUP, "readmodel.integration", "readmodel.integration_scope");
  }

  /**
   * A projection added without a rebuild test fails here. Rebuilt above: projects, users, audit trail, webhooks,
   * integrations; in WorkloadReplayTest: catalogue, quotas, usage, sessions, applications; in JobReplayTest: jobs and
   * runs; in ModelReplayTest: builds, models, deployments; in NodePoolsApiTest: node pools and their decisions.
   */
  @Test
  void everyReplayableProjectionHasARebuildTest() {
    assertThat(Replays.REPLAYABLE).containsExactlyInAnyOrder(ProjectProjector.GROUP, UserProjector.GROUP,
        AuditProjector.GROUP, WebhookProjector.GROUP, IntegrationProjector.GROUP, CatalogProjector.GROUP,
        QuotaProjector.GROUP, UsageProjector.GROUP, SessionProjector.GROUP, ApplicationProjector.GROUP,
        JobProjector.GROUP, JobRunProjector.GROUP, BuildProjector.GROUP, ModelProjector.GROUP,
        DeploymentProjector.GROUP, NodePoolProjector.GROUP);
  }

  private Rebuilds rebuilds() {
    return new Rebuilds(replays, jdbc);
  }
}

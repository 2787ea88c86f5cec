package io.kiln.web.audit;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** One audit record per event and per refused command, with who, what, where from, and filters over them. */
class AuditTrailTest extends KilnIntegrationTest {

  @Test
  void everyEventBecomesAChainedRecord() {
    Person alice = api.newUser("user");
    String id = (String) api.as(alice).post().uri("/api/v1/projects").header("X-Request-Id", "audit-create-1")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", Api.uniqueName("Audited")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    Map<String, Object> record = awaitRecords(api.admin(), "resourceId=" + id, 1).get(0);
    assertThat(record).containsEntry("kind", "event").containsEntry("actor", alice.id())
        .containsEntry("actorUsername", alice.username()).containsEntry("action", "ProjectCreatedEvent")
        .containsEntry("resourceType", "project").containsEntry("projectId", id)
        .containsEntry("outcome", "succeeded").containsEntry("correlationId", "audit-create-1")
        .containsEntry("clientAddress", "127.0.0.1");
    assertThat((String) record.get("hash")).matches("[0-9a-f]{64}");
    assertThat((String) record.get("details")).contains("\"ownerId\":\"" + alice.id() + "\"");
    assertThat(((Number) record.get("position")).longValue()).isPositive();
  }

  @Test
  void refusalsByTheHandlerTheApiAndTheSecurityLayerAreRecordedOnce() {
    Person alice = api.newUser("user");
    Person bob = api.newUser("user");
    Person auditor = api.newUser("auditor");
    String id = (String) api.createProject(alice, Api.uniqueName("Guarded")).get("id");

    api.as(bob).post().uri("/api/v1/projects/{id}:archive", id).header("X-Request-Id", "audit-refused-handler")
        .exchange().expectStatus().isNotFound();
    api.as(bob).post().uri("/api/v1/projects").header("X-Request-Id", "audit-refused-body")
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange().expectStatus().isBadRequest();
    api.as(auditor).post().uri("/api/v1/projects").header("X-Request-Id", "audit-refused-auditor")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Nope")).exchange()
        .expectStatus().isForbidden();

    Map<String, Object> byHandler = awaitRecords(api.admin(), "actor=" + bob.id() + "&action=ArchiveProjectCommand", 1)
        .get(0);
    assertThat(byHandler).containsEntry("kind", "refusal").containsEntry("outcome", "refused")
        .containsEntry("resourceType", "project").containsEntry("resourceId", id).containsEntry("projectId", id)
        .containsEntry("reasonCode", "PROJECT_NOT_FOUND").containsEntry("correlationId", "audit-refused-handler")
        .containsEntry("clientAddress", "127.0.0.1");
    Map<String, Object> byApi = awaitRecords(api.admin(), "actor=" + bob.id() + "&outcome=refused"
        + "&action=POST /api/v1/projects", 1).get(0);
    assertThat(byApi).containsEntry("reasonCode", "MALFORMED_REQUEST")
        .containsEntry("correlationId", "audit-refused-body");
    Map<String, Object> bySecurity = awaitRecords(api.admin(), "actor=" + auditor.username(), 1).get(0);
    assertThat(bySecurity).containsEntry("action", "POST /api/v1/projects").containsEntry("reasonCode", "FORBIDDEN")
        .containsEntry("correlationId", "audit-refused-auditor");
    assertThat((String) bySecurity.get("reason")).contains("Auditors");
    assertThat(records(api.admin(), "actor=" + bob.id() + "&outcome=refused")).hasSize(2);
  }

  @Test
  void filtersCombineAndPagesFollowTheChain() {
    Person carol = api.newUser("user");
    Instant before = Instant.now();
    String first = (String) api.createProject(carol, Api.uniqueName("Filter one")).get("id");
    String second = (String) api.createProject(carol, Api.uniqueName("Filter two")).get("id");
    api.as(carol).patch().uri("/api/v1/projects/{id}", first).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("description", "changed")).exchange().expectStatus().isOk();
    awaitRecords(api.admin(), "projectId=" + first, 2);

    assertThat(records(api.admin(), "actor=" + carol.id() + "&resourceType=project"))
        .extracting(r -> r.get("resourceId")).containsExactly(first, second, first);
    assertThat(records(api.admin(), "projectId=" + first + "&action=ProjectDescriptionChangedEvent")).hasSize(1);
    assertThat(records(api.admin(), "actor=" + carol.id() + "&from=" + before + "&to=" + Instant.now().plusSeconds(5)
        + "&outcome=succeeded")).hasSize(3);
    assertThat(records(api.admin(), "actor=" + carol.id() + "&to=" + before)).isEmpty();

    List<Object> seen = new ArrayList<>();
    String token = null;
    do {
      Map<String, Object> page = api.get(api.admin(), "/api/v1/audit/records?actor={a}&pageSize=2&order=desc"
          + (token == null ? "" : "&pageToken=" + token), carol.id());
      ((List<Map<String, Object>>) page.get("items")).forEach(r -> seen.add(r.get("seq")));
      token = (String) page.get("nextPageToken");
    } while (token != null);
    assertThat(seen).hasSize(3).doesNotHaveDuplicates();
    assertThat(new ArrayList<>(seen)).isSortedAccordingTo((a, b) -> Long.compare(((Number) b).longValue(),
        ((Number) a).longValue()));
  }

  @Test
  void auditorsReadTheTrailAndUsersDoNot() {
    Person auditor = api.newUser("auditor");
    Person user = api.newUser("user");
    assertThat(records(auditor, "pageSize=1")).hasSize(1);
    for (String uri : new String[] {"/api/v1/audit/records", "/api/v1/audit/export", "/api/v1/audit/verify",
        "/api/v1/audit/checkpoints", "/api/v1/audit/signing-key"}) {
      expectProblem(api.as(user).get().uri(uri).exchange(), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }
  }

  @Test
  void badFiltersAreRefused() {
    expectProblem(api.as(api.admin()).get().uri("/api/v1/audit/records?project=x").exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("project");
    expectProblem(api.as(api.admin()).get().uri("/api/v1/audit/records?from=yesterday").exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("from");
    expectProblem(api.as(api.admin()).get().uri("/api/v1/audit/records?outcome=maybe").exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    expectProblem(api.as(api.admin()).get().uri("/api/v1/audit/records?pageToken=garbage!").exchange(),
        HttpStatus.BAD_REQUEST, "INVALID_PAGE_TOKEN");
  }

  private List<Map<String, Object>> awaitRecords(Person viewer, String filter, int atLeast) {
    List<List<Map<String, Object>>> found = new ArrayList<>();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      List<Map<String, Object>> items = records(viewer, filter);
      assertThat(items).hasSizeGreaterThanOrEqualTo(atLeast);
      found.add(items);
    });
    return found.get(found.size() - 1);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> records(Person viewer, String filter) {
    return (List<Map<String, Object>>) api.as(viewer).get().uri(b -> b.path("/api/v1/audit/records")
            .query(filter).build()).exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult()
        .getResponseBody().get("items");
  }

}

package io.kiln.web.history;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The full history of a resource, and its state as of a moment, for those who may read it. */
class HistoryApiTest extends KilnIntegrationTest {

  @Test
  void theHistoryOfAProjectListsEveryEventWithItsMetadata() {
    Person owner = api.newUser("user");
    Person bob = api.newUser("user");
    String id = (String) api.createProject(owner, Api.uniqueName("Chronicle")).get("id");
    api.setRole(owner, id, bob, "viewer");
    rename(owner, id, Api.uniqueName("Renamed"));

    List<Map<String, Object>> events = api.items(bob, "/api/v1/history/project/{id}", id);
    assertThat(events).extracting(e -> e.get("type"))
        .containsExactly("ProjectCreatedEvent", "CollaboratorAddedEvent", "ProjectRenamedEvent");
    assertThat(events).extracting(e -> e.get("sequenceNumber")).containsExactly(0, 1, 2);
    assertThat(events.get(0)).containsEntry("actor", owner.id()).containsEntry("aggregateType", "Project")
        .containsEntry("projectId", id).containsEntry("clientAddress", "127.0.0.1");
    assertThat((Map<String, Object>) events.get(1).get("payload")).containsEntry("userId", bob.id());

    Map<String, Object> page = api.get(owner, "/api/v1/history/project/{id}?pageSize=2", id);
    assertThat((List<?>) page.get("items")).hasSize(2);
    assertThat(api.items(owner, "/api/v1/history/project/{id}?pageToken={t}", id, page.get("nextPageToken")))
        .extracting(e -> e.get("type")).containsExactly("ProjectRenamedEvent");
  }

  @Test
  void theStateAsOfAMomentReplaysTheEventsUpToIt() {
    Person owner = api.newUser("user");
    String first = Api.uniqueName("First name");
    String id = (String) api.createProject(owner, first).get("id");
    Instant between = Instant.now();
    rename(owner, id, Api.uniqueName("Second name"));
    api.as(owner).post().uri("/api/v1/projects/{id}:archive", id).exchange().expectStatus().isOk();

    Map<String, Object> then = api.get(owner, "/api/v1/history/project/{id}/state?asOf={t}", id, between);
    assertThat(then).containsEntry("version", 0).containsEntry("resourceType", "project");
    assertThat((Map<String, Object>) then.get("state")).containsEntry("name", first).containsEntry("archived", false)
        .containsEntry("ownerId", owner.id());
    Map<String, Object> now = api.get(owner, "/api/v1/history/project/{id}/state", id);
    assertThat(now).containsEntry("version", 2);
    assertThat((Map<String, Object>) now.get("state")).containsEntry("archived", true);
    expectProblem(api.as(owner).get().uri("/api/v1/history/project/{id}/state?asOf={t}", id,
        Instant.now().minusSeconds(86_400)).exchange(), HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND");
    expectProblem(api.as(owner).get().uri("/api/v1/history/project/{id}/state?asOf=yesterday", id).exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
  }

  @Test
  void usersReadOnlyTheirOwnProjectsHistoryAuditorsReadAll() {
    Person owner = api.newUser("user");
    Person stranger = api.newUser("user");
    String secret = (String) api.createProject(owner, Api.uniqueName("Private")).get("id");
    String open = (String) api.createProject(owner, Map.of("name", Api.uniqueName("Public"), "visibility", "public"))
        .get("id");
    expectProblem(api.as(stranger).get().uri("/api/v1/history/project/{id}", secret).exchange(),
        HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND");
    expectProblem(api.as(stranger).get().uri("/api/v1/history/project/{id}", open).exchange(),
        HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(api.as(stranger).get().uri("/api/v1/history/user/{id}", owner.id()).exchange(),
        HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND");
    expectProblem(api.as(stranger).get().uri("/api/v1/history/project/{id}/state", secret).exchange(),
        HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND");

    Person auditor = api.newUser("auditor");
    assertThat(api.items(auditor, "/api/v1/history/project/{id}", secret)).hasSize(1);
    assertThat(api.items(auditor, "/api/v1/history/user/{id}", owner.id())).extracting(e -> e.get("type"))
        .containsExactly("UserCreatedEvent", "ApiKeyIssuedEvent");
    assertThat((Map<String, Object>) api.get(auditor, "/api/v1/history/user/{id}/state", owner.id()).get("state"))
        .containsEntry("userId", owner.id());
    expectProblem(api.as(auditor).get().uri("/api/v1/history/project/{id}", UUID.randomUUID()).exchange(),
        HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND");
    expectProblem(api.as(auditor).get().uri("/api/v1/history/user/{id}", secret).exchange(),
        HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND");
  }

  private void rename(Person owner, String id, String name) {
    api.as(owner).patch().uri("/api/v1/projects/{id}", id).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name)).exchange().expectStatus().isOk();
  }
}

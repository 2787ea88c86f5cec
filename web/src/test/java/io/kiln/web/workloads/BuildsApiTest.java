package io.kiln.web.workloads;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The build queue through the API, with the default limits: 4 builds at once, 2 per project. */
class BuildsApiTest extends KilnIntegrationTest {
  private static final String DIGEST = "sha256:" + "ab".repeat(32);
  private final List<Object[]> started = new ArrayList<>();
  private Person alice;
  private Object project;
  private String runtime;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Builds")).get("id");
    runtime = api.runtime("enabled");
  }

  /** The queue is shared by the whole suite: leave it as this test found it. */
  @AfterEach
  void endEveryBuild() {
    for (Object[] build : started) {
      Map<String, Object> view = api.get(api.admin(), "/api/v1/projects/{p}/builds/{b}", build[0], build[1]);
      if (List.of("queued", "running", "pushing").contains(view.get("state"))) {
        api.as(api.admin()).post().uri("/api/v1/projects/{p}/builds/{b}:cancel", build[0], build[1]).exchange()
            .expectStatus().isOk();
      }
    }
    await().untilAsserted(() -> assertThat(jdbc.queryForObject(
        "select count(*) from readmodel.build_queue_entry where project_id = ?::uuid", Long.class, project)).isZero());
  }

  private WebTestClient.ResponseSpec request(Person who, Object projectId, Map<String, ?> body) {
    return api.as(who).post().uri("/api/v1/projects/{p}/builds", projectId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();
  }

  private Map<String, Object> build(Object projectId, String name) {
    Map<String, Object> build = request(alice, projectId, Map.of("kind", "runtime", "name", name,
        "baseRuntimeId", runtime, "source", Map.of("kind", "external_git", "url", "https://git.example.com/r.git",
            "ref", "main"), "recipe", Map.of("requirementsFile", "env/requirements.txt")))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    started.add(new Object[] {projectId, build.get("id")});
    return build;
  }

  private Map<String, Object> view(Object projectId, Map<String, Object> build) {
    return api.get(alice, "/api/v1/projects/{p}/builds/{b}", projectId, build.get("id"));
  }

  private Map<String, Object> report(Object projectId, Map<String, Object> build, Map<String, ?> report) {
    return api.report("builds", projectId, build.get("id"), report);
  }

  @Test
  void waitingBuildsMoveUpAsOthersEnd() {
    List<Map<String, Object>> builds = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      builds.add(build(project, "img" + i));
    }
    await().until(() -> view(project, builds.get(3)).get("position") != null);
    assertThat(view(project, builds.get(0))).containsEntry("admitted", true).doesNotContainKey("position");
    assertThat(view(project, builds.get(1))).containsEntry("admitted", true);
    Integer third = (Integer) view(project, builds.get(2)).get("position");
    Integer fourth = (Integer) view(project, builds.get(3)).get("position");
    assertThat(third).isPositive();
    assertThat(fourth).isEqualTo(third + 1);

    report(project, builds.get(0), Map.of("state", "running"));
    report(project, builds.get(0), Map.of("state", "pushing"));
    assertThat(report(project, builds.get(0), Map.of("state", "succeeded", "image", "r/img0:1", "digest", DIGEST)))
        .containsEntry("state", "succeeded").containsEntry("digest", DIGEST);

    await().untilAsserted(() -> {
      assertThat(view(project, builds.get(2))).containsEntry("admitted", true).doesNotContainKey("position");
      assertThat(view(project, builds.get(3)).get("position")).isEqualTo(third);
    });
  }

  @Test
  void cancellingFromTheMiddleMovesThoseBehindUp() {
    List<Map<String, Object>> builds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      builds.add(build(project, "mid" + i));
    }
    await().until(() -> view(project, builds.get(4)).get("position") != null);
    Integer behind = (Integer) view(project, builds.get(4)).get("position");
    api.as(alice).post().uri("/api/v1/projects/{p}/builds/{b}:cancel", project, builds.get(3).get("id")).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("cancelled");
    await().untilAsserted(() -> assertThat(view(project, builds.get(4)).get("position")).isEqualTo(behind - 1));
    expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/builds/{b}:cancel", project,
        builds.get(3).get("id")).exchange(), HttpStatus.CONFLICT, "INVALID_STATE");
  }

  @Test
  void aSucceededRuntimeBuildBecomesARuntimeOfItsProject() {
    Map<String, Object> build = build(project, "custom-python");
    report(project, build, Map.of("state", "succeeded", "image", "reg/custom-python:1", "digest", DIGEST));
    await().untilAsserted(() -> assertThat(api.items(alice, "/api/v1/runtimes?pageSize=100"))
        .anySatisfy(r -> assertThat(r).containsEntry("name", "custom-python").containsEntry("projectId", project)
            .containsEntry("image", "reg/custom-python:1@" + DIGEST)));
    String custom = (String) api.items(alice, "/api/v1/runtimes?pageSize=100").stream()
        .filter(r -> project.equals(r.get("projectId"))).findFirst().orElseThrow().get("id");
    api.startSession(alice, project, custom, api.profile(100, 128, 0)).expectStatus().isCreated();
    Object other = api.createProject(alice, Api.uniqueName("Other")).get("id");
    expectProblem(api.startSession(alice, other, custom, api.profile(100, 128, 0)), HttpStatus.NOT_FOUND,
        "RUNTIME_NOT_FOUND");
  }

  @Test
  void failuresKeepTheirReasonAndLogTail() {
    Map<String, Object> build = build(project, "broken");
    assertThat(report(project, build, Map.of("state", "failed", "reason", "pip install failed",
        "logTail", "ERROR: No matching distribution found for torch==9.9")))
        .containsEntry("state", "failed").containsEntry("failureReason", "pip install failed")
        .containsEntry("logTail", "ERROR: No matching distribution found for torch==9.9");
    await().until(() -> jdbc.queryForObject("select count(*) from eventstore.events where payload ->> 'buildId' = ? "
        + "and event_type like '%BuildReleasedEvent'", Long.class, build.get("id")) == 1);
    long before = eventCount();
    assertThat(report(project, build, Map.of("state", "running"))).containsEntry("state", "failed");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void refusesBadRequestsAndStrangers() {
    Person stranger = api.newUser("user");
    for (Map<String, Object> bad : new Map[] {
        Map.of("kind", "runtime", "name", "Bad Name", "baseRuntimeId", runtime,
            "source", Map.of("kind", "project_files")),
        Map.of("kind", "runtime", "name", "ok", "baseRuntimeId", runtime, "source", Map.of("kind", "project_git")),
        Map.of("kind", "runtime", "name", "ok", "baseRuntimeId", runtime,
            "source", Map.of("kind", "external_git", "url", "file:///etc", "ref", "main")),
        Map.of("kind", "model", "name", "ok", "baseRuntimeId", runtime, "source", Map.of("kind", "project_files")),
        Map.of("kind", "runtime", "name", "ok", "baseRuntimeId", runtime, "source", Map.of("kind", "project_files"),
            "recipe", Map.of("requirementsFile", "../../etc/passwd"))}) {
      expectProblem(request(alice, project, bad), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }
    expectProblem(request(stranger, project, Map.of("kind", "runtime", "name", "ok",
        "baseRuntimeId", runtime, "source", Map.of("kind", "project_files"))), HttpStatus.NOT_FOUND,
        "PROJECT_NOT_FOUND");
    assertThat(jdbc.queryForObject("select count(*) from eventstore.events where event_type like '%BuildRequestedEvent' "
        + "and payload ->> 'projectId' = ?", Long.class, project)).isZero();
  }
}

package io.kiln.web.workloads;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.test.StepVerifier;

class SessionsApiTest extends KilnIntegrationTest {
  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS =
      new ParameterizedTypeReference<>() {};
  private Person alice;
  private Object project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Sessions")).get("id");
    runtime = api.runtime("enabled");
    profile = api.profile(500, 1024, 0);
  }

  private String start() {
    return (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  @Test
  void aSessionMovesThroughItsLifecycleAsTheClusterReports() {
    Map<String, Object> started = api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectHeader().valueMatches("Location", ".*/sessions/[0-9a-f-]{36}")
        .expectBody(Api.JSON).returnResult().getResponseBody();
    assertThat(started).containsEntry("state", "scheduling").containsEntry("ownerId", alice.id())
        .containsEntry("idleTimeoutMinutes", 60).containsEntry("editor", "jupyterlab");
    String id = (String) started.get("id");
    assertThat(api.report("sessions", project, id, Map.of("state", "starting"))).containsEntry("state", "starting");
    assertThat(api.report("sessions", project, id, Map.of("state", "running", "url", "https://s.example/x")))
        .containsEntry("state", "running").containsEntry("url", "https://s.example/x");
    api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, id).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("stopping")
        .jsonPath("$.stopReason").isEqualTo("user");
    assertThat(api.report("sessions", project, id, Map.of("state", "stopped"))).containsEntry("state", "stopped");
  }

  @Test
  void staleReportsChangeNothing() {
    String id = start();
    api.report("sessions", project, id, Map.of("state", "running"));
    long before = eventCount();
    assertThat(api.report("sessions", project, id, Map.of("state", "starting"))).containsEntry("state", "running");
    assertThat(api.report("sessions", project, id, Map.of("state", "running"))).containsEntry("state", "running");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void stoppingAStoppedSessionIsRefused() {
    String id = start();
    api.report("sessions", project, id, Map.of("state", "failed", "reason", "ImagePullBackOff"));
    long before = eventCount();
    expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:stop", project, id).exchange(),
        HttpStatus.CONFLICT, "INVALID_STATE");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void viewersSeeButDoNotStartStrangersSeeNothing() {
    Person viewer = api.newUser("user");
    api.setRole(alice, project, viewer, "viewer");
    String id = start();
    api.get(viewer, "/api/v1/projects/{p}/sessions/{s}", project, id);
    expectProblem(api.startSession(viewer, project, runtime, profile), HttpStatus.FORBIDDEN, "FORBIDDEN");
    Person stranger = api.newUser("user");
    expectProblem(api.as(stranger).get().uri("/api/v1/projects/{p}/sessions", project).exchange(),
        HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    expectProblem(api.as(stranger).get().uri("/api/v1/projects/{p}/sessions/{s}", project, id).exchange(),
        HttpStatus.NOT_FOUND, "SESSION_NOT_FOUND");
  }

  @Test
  void onlyAdministratorsReport() {
    String id = start();
    expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/sessions/{s}:report", project, id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("state", "running")).exchange(),
        HttpStatus.FORBIDDEN, "FORBIDDEN");
    expectProblem(api.as(api.admin()).post().uri("/api/v1/projects/{p}/sessions/{s}:report", project, id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("state", "sleeping")).exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
  }

  @Test
  void refusesBadStarts() {
    long before = eventCount();
    expectProblem(api.startSession(alice, project, "5a5a5a5a-0000-4000-8000-000000000000", profile),
        HttpStatus.NOT_FOUND, "RUNTIME_NOT_FOUND");
    expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/sessions", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("runtimeId", runtime, "profileId", profile, "idleTimeoutMinutes", 100_000)).exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("idleTimeoutMinutes");
    expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/sessions", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("profileId", profile)).exchange(),
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED").jsonPath("$.errors[0].field").isEqualTo("runtimeId");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void theCollectionIsALiveStream() {
    String existing = start();
    var stream = api.as(alice).get().uri("/api/v1/projects/{p}/sessions", project)
        .accept(MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk()
        .returnResult(EVENTS).getResponseBody();
    String name = "live " + UUID.randomUUID().toString().substring(0, 8);
    StepVerifier.create(stream)
        .assertNext(e -> assertThat(e.data()).containsEntry("id", existing).containsEntry("state", "scheduling"))
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .then(() -> api.report("sessions", project, existing, Map.of("state", "running")))
        .assertNext(e -> assertThat(e.data()).containsEntry("id", existing).containsEntry("state", "running"))
        .then(() -> api.as(alice).post().uri("/api/v1/projects/{p}/sessions", project)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("runtimeId", runtime, "profileId", profile, "name", name)).exchange()
            .expectStatus().isCreated())
        .assertNext(e -> assertThat(e.data()).containsEntry("name", name).containsEntry("state", "scheduling"))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }
}

package io.kiln.web.workloads;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ApplicationsApiTest extends KilnIntegrationTest {
  private Person alice;
  private Object project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Apps")).get("id");
    runtime = api.runtime("enabled");
    profile = api.profile(250, 512, 0);
  }

  private WebTestClient.ResponseSpec create(Person who, String subdomain) {
    return api.as(who).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Dashboard", "subdomain", subdomain, "script", "app/serve.py",
            "runtimeId", runtime, "profileId", profile, "environment", Map.of("MODE", "prod")))
        .exchange();
  }

  private static String subdomain() {
    return "dash-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void createRunRestartStopAndDelete() {
    String sub = subdomain();
    Map<String, Object> app = create(alice, sub).expectStatus().isCreated().expectBody(Api.JSON).returnResult()
        .getResponseBody();
    assertThat(app).containsEntry("state", "starting").containsEntry("subdomain", sub)
        .containsEntry("environment", Map.of("MODE", "prod"));
    Object id = app.get("id");
    assertThat(api.report("applications", project, id, Map.of("state", "running", "url", "https://" + sub)))
        .containsEntry("state", "running");
    api.as(alice).post().uri("/api/v1/projects/{p}/applications/{a}:restart", project, id).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("starting");
    assertThat(api.report("applications", project, id, Map.of("state", "stopped", "generation", 1)))
        .as("a report about the first start is stale after a restart").containsEntry("state", "starting");
    Map<String, Object> stopping = api.as(alice).post().uri("/api/v1/projects/{p}/applications/{a}:stop", project, id)
        .exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
    assertThat(stopping.get("state")).as("the effector may have seen it stop already").isIn("stopping", "stopped");
    if ("stopping".equals(stopping.get("state"))) {
      api.report("applications", project, id, Map.of("state", "stopped"));
    }
    api.as(alice).delete().uri("/api/v1/projects/{p}/applications/{a}", project, id).exchange()
        .expectStatus().isNoContent();
    expectProblem(api.as(alice).get().uri("/api/v1/projects/{p}/applications/{a}", project, id).exchange(),
        HttpStatus.NOT_FOUND, "APPLICATION_NOT_FOUND");
    create(alice, sub).expectStatus().isCreated();
  }

  @Test
  void subdomainsAreUniqueAndValid() {
    String sub = subdomain();
    create(alice, sub).expectStatus().isCreated();
    Person stranger = api.newUser("user");
    Person other = api.newUser("user");
    api.setRole(alice, project, other, "contributor");
    long before = eventCount();
    expectProblem(create(stranger, sub), HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    expectProblem(create(other, sub), HttpStatus.CONFLICT, "SUBDOMAIN_TAKEN");
    for (String bad : new String[] {"Upper", "-dash", "has_underscore", "www", "a".repeat(64)}) {
      expectProblem(create(alice, bad), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void deletingARunningApplicationIsRefused() {
    Object id = create(alice, subdomain()).expectStatus().isCreated().expectBody(Api.JSON).returnResult()
        .getResponseBody().get("id");
    expectProblem(api.as(alice).delete().uri("/api/v1/projects/{p}/applications/{a}", project, id).exchange(),
        HttpStatus.CONFLICT, "INVALID_STATE");
  }

  @Test
  void operatorsRestartAndStopButDoNotCreate() {
    Person operator = api.newUser("user");
    api.setRole(alice, project, operator, "operator");
    expectProblem(create(operator, subdomain()), HttpStatus.FORBIDDEN, "FORBIDDEN");
    Object id = create(alice, subdomain()).expectStatus().isCreated().expectBody(Api.JSON).returnResult()
        .getResponseBody().get("id");
    api.as(operator).post().uri("/api/v1/projects/{p}/applications/{a}:stop", project, id).exchange()
        .expectStatus().isOk();
  }

  @Test
  void badEnvironmentAndScriptsAreRefused() {
    for (Map<String, Object> bad : new Map[] {
        Map.of("name", "x", "subdomain", subdomain(), "script", "../etc/passwd", "runtimeId", runtime,
            "profileId", profile),
        Map.of("name", "x", "subdomain", subdomain(), "script", "/abs.py", "runtimeId", runtime,
            "profileId", profile),
        Map.of("name", "x", "subdomain", subdomain(), "script", "a.py", "runtimeId", runtime,
            "profileId", profile, "environment", Map.of("1BAD", "x"))}) {
      expectProblem(api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
          .contentType(MediaType.APPLICATION_JSON).bodyValue(bad).exchange(), HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED");
    }
  }
}

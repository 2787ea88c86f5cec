package io.kiln.web.models;

import static io.kiln.web.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.KilnIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.test.StepVerifier;

class ModelsApiTest extends KilnIntegrationTest {
  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENTS =
      new ParameterizedTypeReference<>() {};
  private Models models;
  private Person alice;
  private Object project;
  private String runtime;

  @BeforeEach
  void project() {
    models = new Models(api);
    alice = api.newUser("user");
    project = api.createProject(alice, Api.uniqueName("Models")).get("id");
    runtime = api.runtime("enabled");
  }

  @Test
  void createReadListAndChange() {
    Map<String, Object> model = models.create(alice, project, Map.of("name", "Churn scorer", "description", "v1",
            "file", "model/serve.py", "function", "predict", "runtimeId", runtime))
        .expectStatus().isCreated()
        .expectHeader().valueMatches("Location", "/api/v1/models/[0-9a-f-]{36}")
        .expectBody(Api.JSON).returnResult().getResponseBody();
    assertThat(model).containsEntry("name", "Churn scorer").containsEntry("projectId", project)
        .containsEntry("accessKeyRequired", true).containsEntry("createdByUsername", alice.username())
        .doesNotContainKey("latestVersion");
    Object id = model.get("id");
    assertThat(api.get(alice, "/api/v1/models/{m}", id)).containsAllEntriesOf(model)
        .containsEntry("serving", Map.of("requests", 0, "errors", 0, "versions", List.of()));
    assertThat(api.items(alice, "/api/v1/projects/{p}/models", project)).containsExactly(model);
    Map<String, Object> changed = api.as(alice).patch().uri("/api/v1/models/{m}", id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("description", "v2", "accessKeyRequired", false))
        .exchange().expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
    assertThat(changed).containsEntry("description", "v2").containsEntry("accessKeyRequired", false)
        .containsEntry("version", 2);
  }

  @Test
  void refusalsChangeNothing() {
    models.create(alice, project, runtime);
    Map<String, Object> taken = models.create(alice, project, runtime);
    Person stranger = api.newUser("user");
    long before = eventCount();
    expectProblem(models.create(alice, project, Map.of("name", ((String) taken.get("name")).toUpperCase(),
        "file", "m.py", "function", "f", "runtimeId", runtime)), HttpStatus.CONFLICT, "MODEL_NAME_TAKEN");
    expectProblem(models.create(alice, project, Map.of("name", "x", "file", "m.py", "function", "not-a-function",
        "runtimeId", runtime)), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED")
        .jsonPath("$.errors[0].field").isEqualTo("function");
    expectProblem(models.create(alice, project, Map.of("name", "x", "file", "../m.py", "function", "f",
        "runtimeId", runtime)), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    expectProblem(models.create(stranger, project, Map.of("name", "x", "file", "m.py", "function", "f",
        "runtimeId", runtime)), HttpStatus.NOT_FOUND, "PROJECT_NOT_FOUND");
    expectProblem(api.as(stranger).get().uri("/api/v1/models/{m}", taken.get("id")).exchange(),
        HttpStatus.NOT_FOUND, "MODEL_NOT_FOUND");
    expectProblem(api.as(alice).get().uri("/api/v1/models/not-a-model").exchange(), HttpStatus.NOT_FOUND,
        "MODEL_NOT_FOUND");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void everySucceededBuildIsTheNextVersion() {
    Object id = models.create(alice, project, runtime).get("id");
    Map<String, Object> build = models.requestBuild(alice, id);
    assertThat(build).containsEntry("kind", "model").containsEntry("modelId", id)
        .containsEntry("baseRuntimeId", runtime).containsEntry("state", "queued");
    assertThat(build.get("source")).isEqualTo(Map.of("kind", "project_files"));
    assertThat(api.items(alice, "/api/v1/models/{m}/builds", id)).extracting(b -> b.get("id"))
        .containsExactly(build.get("id"));
    assertThat(models.buildVersion(alice, id)).isEqualTo(1);
    assertThat(models.buildVersion(alice, id)).isEqualTo(2);
    assertThat(models.versions(alice, id)).extracting(v -> v.get("number")).containsExactly(2, 1);
    assertThat(api.get(alice, "/api/v1/models/{m}", id)).containsEntry("latestVersion", 2);
    assertThat(api.get(alice, "/api/v1/models/{m}/versions/1", id)).containsEntry("number", 1)
        .containsKeys("image", "digest", "buildId");
    expectProblem(api.as(alice).get().uri("/api/v1/models/{m}/versions/9", id).exchange(), HttpStatus.NOT_FOUND,
        "MODEL_VERSION_NOT_FOUND");
  }

  @Test
  void viewersSeeModelsButDoNotBuildThem() {
    Object id = models.create(alice, project, runtime).get("id");
    Person viewer = api.newUser("user");
    api.setRole(alice, project, viewer, "viewer");
    assertThat(api.get(viewer, "/api/v1/models/{m}", id)).containsEntry("id", id);
    expectProblem(api.as(viewer).post().uri("/api/v1/models/{m}/builds", id).exchange(), HttpStatus.FORBIDDEN,
        "FORBIDDEN");
  }

  @Test
  void theCollectionIsALiveStream() {
    Object existing = models.create(alice, project, runtime).get("id");
    var stream = api.as(alice).get().uri("/api/v1/projects/{p}/models", project)
        .accept(MediaType.TEXT_EVENT_STREAM).exchange()
        .expectStatus().isOk()
        .returnResult(EVENTS).getResponseBody();
    StepVerifier.create(stream)
        .assertNext(e -> assertThat(e.data()).containsEntry("id", existing))
        .assertNext(e -> assertThat(e.event()).isEqualTo("ready"))
        .then(() -> api.as(alice).patch().uri("/api/v1/models/{m}", existing).contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("description", "live")).exchange().expectStatus().isOk())
        .assertNext(e -> assertThat(e.data()).containsEntry("id", existing).containsEntry("description", "live"))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }
}

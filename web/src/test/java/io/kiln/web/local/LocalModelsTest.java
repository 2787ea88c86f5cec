package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A model built from the project's files (a snapshot) and served by replicas of Kiln's local serving shim. */
class LocalModelsTest extends LocalComputeIntegrationTest {
  private static final Duration UP = Duration.ofSeconds(60);
  private Person alice;
  private String project;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Models " + unique()).get("id");
  }

  @Test
  void aBuiltModelIsServedByReplicasThatRestartScaleAndStop() {
    upload(alice, project, "model.py", "def predict(x):\n    return {\"doubled\": x[\"n\"] * 2}\n");
    String model = (String) api.as(alice).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "doubler-" + unique(), "file", "model.py",
            "function", "predict", "runtimeId", pythonRuntime(null)))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    Map<String, Object> build = api.as(alice).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    var built = await().atMost(UP).until(() -> api.get(alice, "/api/v1/projects/{p}/builds/{b}", project,
        build.get("id")), b -> "succeeded".equals(b.get("state")) || "failed".equals(b.get("state")));
    assertThat(built).containsEntry("state", "succeeded");
    assertThat((String) built.get("image")).startsWith("local-snapshot:" + build.get("id"));
    assertThat(Path.of("target/kiln-local-home/builds", (String) build.get("id"), "files", "model.py"))
        .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
    await().atMost(UP).until(() -> api.items(alice, "/api/v1/models/{m}/versions", model).size() == 1);

    String deployment = (String) api.as(alice).post().uri("/api/v1/models/{m}/deployments", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 1, "profileId",
            api.profile(500, 512, 0), "replicas", 2))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "deployed".equals(d.get("state")));
    List<Long> pids = jdbc.queryForList("select pid from eventstore.local_workload where owner_id = ? "
        + "and status = 'ready'", Long.class, deployment);
    assertThat(pids).hasSize(2);

    String key = (String) api.as(alice).post().uri("/api/v1/models/{m}/access-keys", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("key");
    web.post().uri("/api/v1/models/{m}/predict", model).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("n", 21)).exchange().expectStatus().isUnauthorized();
    for (int n = 0; n < 4; n++) {
      web.post().uri("/api/v1/models/{m}/predict", model).header("X-Kiln-Model-Key", key)
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("n", 21 + n)).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.doubled").isEqualTo(42 + 2 * n);
    }

    ProcessHandle.of(pids.get(0)).ifPresent(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
    await().atMost(UP).until(() -> jdbc.queryForObject("select count(*) from eventstore.local_workload "
        + "where owner_id = ? and status = 'ready' and restarts = 1", Long.class, deployment) == 1);
    api.as(alice).post().uri("/api/v1/models/{m}/deployments/{d}:scale", model, deployment)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("replicas", 1)).exchange().expectStatus().isOk();
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "deployed".equals(d.get("state")) && Integer.valueOf(1).equals(d.get("replicas")));
    await().atMost(UP).until(() -> jdbc.queryForObject("select count(*) from eventstore.local_workload "
        + "where owner_id = ? and status <> 'ended'", Long.class, deployment) == 1);
    web.post().uri("/api/v1/models/{m}/predict", model).header("X-Kiln-Model-Key", key)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("n", 50)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.doubled").isEqualTo(100);
    List<Long> all = jdbc.queryForList("select pid from eventstore.local_workload where owner_id = ? "
        + "and pid is not null", Long.class, deployment);

    api.as(alice).post().uri("/api/v1/models/{m}/deployments/{d}:stop", model, deployment).exchange()
        .expectStatus().isOk();
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "stopped".equals(d.get("state")));
    await().atMost(Duration.ofSeconds(10)).until(() -> all.stream()
        .allMatch(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)));
  }

  @Test
  void aCanaryTakesItsShareOfTheCallsByName() {
    api.quota(alice, 8000, 4096, 0);
    String name = "canary-" + unique();
    upload(alice, project, "model.py", "def predict(x):\n    return {\"doubled\": x[\"n\"] * 2, \"by\": 1}\n");
    String model = (String) api.as(alice).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name, "file", "model.py",
            "function", "predict", "runtimeId", pythonRuntime(null)))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    build(model, 1);
    upload(alice, project, "model.py", "def predict(x):\n    return {\"doubled\": x[\"n\"] * 2, \"by\": 2}\n");
    build(model, 2);
    String deployment = (String) api.as(alice).post().uri("/api/v1/models/{m}/deployments", model)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 1, "profileId",
            api.profile(500, 256, 0), "replicas", 2))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "deployed".equals(d.get("state")));
    api.as(alice).put().uri("/api/v1/models/{m}/deployments/{d}/canary", model, deployment)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("modelVersion", 2, "percent", 30)).exchange()
        .expectStatus().is2xxSuccessful();
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/models/{m}/deployments/{d}", model, deployment),
        d -> "deployed".equals(d.get("state")) && d.get("traffic") instanceof List<?> traffic && traffic.size() == 2);
    assertThat(jdbc.queryForList("select generation from eventstore.local_workload where owner_id = ? "
        + "and status = 'ready' and wanted order by generation", Integer.class, deployment))
        .containsExactly(1, 1, 2);

    web.post().uri("/model/{name}", name).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("n", 1))
        .exchange().expectStatus().isUnauthorized();
    String key = (String) api.as(alice).post().uri("/api/v1/models/{m}/access-keys", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("key");
    Map<Integer, Integer> answeredBy = new java.util.HashMap<>();
    for (int n = 0; n < 40; n++) {
      var answer = web.post().uri("/model/{name}", name).header("X-Kiln-Model-Key", key)
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("n", n)).exchange()
          .expectStatus().isOk().expectBody(Api.JSON).returnResult();
      Map<String, Object> body = answer.getResponseBody();
      assertThat(body).containsEntry("doubled", 2 * n);
      int by = (Integer) body.get("by");
      assertThat(answer.getResponseHeaders().getFirst("X-Kiln-Model-Version")).isEqualTo(String.valueOf(by));
      answeredBy.merge(by, 1, Integer::sum);
    }
    assertThat(answeredBy.getOrDefault(2, 0)).as("the canary's 30 percent of 40 calls").isBetween(10, 14);
    assertThat(answeredBy.getOrDefault(1, 0)).isBetween(26, 30);
  }

  private void build(String model, int version) {
    Map<String, Object> build = api.as(alice).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    await().atMost(UP).until(() -> api.get(alice, "/api/v1/projects/{p}/builds/{b}", project, build.get("id")),
        b -> "succeeded".equals(b.get("state")));
    await().atMost(UP).until(() -> api.items(alice, "/api/v1/models/{m}/versions", model).size() == version);
  }
}

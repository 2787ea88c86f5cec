package io.kiln.web.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Models as tests make them: created, built into versions (the cluster's reports sent as the admin), deployed. */
final class Models {
  private final Api api;

  Models(Api api) {
    this.api = api;
  }

  WebTestClient.ResponseSpec create(Person who, Object projectId, Map<String, ?> body) {
    return api.as(who).post().uri("/api/v1/projects/{p}/models", projectId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();
  }

  Map<String, Object> create(Person who, Object projectId, String runtimeId) {
    return create(who, projectId, Map.of("name", Api.uniqueName("Churn scorer"), "file", "model/serve.py",
        "function", "predict", "runtimeId", runtimeId))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  Map<String, Object> requestBuild(Person who, Object modelId) {
    return api.as(who).post().uri("/api/v1/models/{m}/builds", modelId).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  /** Builds the model once more and waits until the build is its next version; answers the version's number. */
  int buildVersion(Person who, Object modelId) {
    int before = versions(who, modelId).size();
    Map<String, Object> build = requestBuild(who, modelId);
    api.as(api.admin()).post().uri("/api/v1/projects/{p}/builds/{b}:report", build.get("projectId"), build.get("id"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("state", "succeeded", "image", build.get("image"),
            "digest", "sha256:" + UUID.randomUUID().toString().replace("-", "").repeat(2)))
        .exchange().expectStatus().isOk();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(versions(who, modelId)).hasSize(before + 1));
    return before + 1;
  }

  List<Map<String, Object>> versions(Person who, Object modelId) {
    return api.items(who, "/api/v1/models/{m}/versions", modelId);
  }

  WebTestClient.ResponseSpec deploy(Person who, Object modelId, Map<String, ?> body) {
    return api.as(who).post().uri("/api/v1/models/{m}/deployments", modelId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();
  }

  Map<String, Object> deploy(Person who, Object modelId, int version, String profileId, int replicas) {
    return deploy(who, modelId, Map.of("modelVersion", version, "profileId", profileId, "replicas", replicas))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  WebTestClient.ResponseSpec act(Person who, Object modelId, Object deploymentId, String action, Map<String, ?> body) {
    var request = api.as(who).post().uri("/api/v1/models/{m}/deployments/{d}:" + action, modelId, deploymentId);
    return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange();
  }

  Map<String, Object> done(WebTestClient.ResponseSpec response) {
    return response.expectStatus().isOk().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  /** The cluster reports rollout {@code generation} with {@code ready} of {@code desired} replicas ready. */
  Map<String, Object> report(Object modelId, Object deploymentId, int generation, int desired, int ready) {
    Map<String, Object> body = new HashMap<>(Map.of("state", ready >= desired ? "deployed" : "deploying",
        "generation", generation, "desiredReplicas", desired, "readyReplicas", ready));
    return done(act(api.admin(), modelId, deploymentId, "report", body));
  }
}

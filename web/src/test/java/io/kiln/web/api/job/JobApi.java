package io.kiln.web.api.job;

import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The job endpoints as tests speak them: a catalogue to run on, jobs, runs, and the cluster's reports. */
final class JobApi {
  private final Api api;

  JobApi(Api api) {
    this.api = api;
  }

  /** A runtime and a profile of {@code cpuMillis} CPU and 1 GiB, new for each test. */
  record Catalog(String runtimeId, String profileId) {}

  Catalog catalog(long cpuMillis) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String runtime = (String) post(api.admin(), "/api/v1/runtimes", Map.of("name", "py-" + suffix,
        "image", "registry.example.com/ml/python:3.11", "editor", "none", "kernel", "python3.11"))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    String profile = (String) post(api.admin(), "/api/v1/resource-profiles", Map.of("name", "p-" + suffix,
        "cpuMillis", cpuMillis, "memoryMiB", 1024, "gpus", 0))
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    return new Catalog(runtime, profile);
  }

  static Map<String, Object> job(String name, Catalog catalog, Map<String, ?> more) {
    Map<String, Object> body = new HashMap<>(Map.of("name", name, "script", "jobs/" + name + ".py",
        "runtimeId", catalog.runtimeId(), "profileId", catalog.profileId()));
    body.putAll(more);
    return body;
  }

  static Map<String, Object> dependent(String... parents) {
    return Map.of("trigger", Map.of("type", "dependent", "parentJobIds", List.of(parents)));
  }

  WebTestClient.ResponseSpec post(Person who, String uri, Object body, Object... vars) {
    return api.as(who).post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  Map<String, Object> create(Person who, Object projectId, Map<String, ?> body) {
    return post(who, "/api/v1/projects/{p}/jobs", body, projectId).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody();
  }

  WebTestClient.ResponseSpec runNow(Person who, Object projectId, Object jobId) {
    return api.as(who).post().uri("/api/v1/projects/{p}/jobs/{j}:run", projectId, jobId).exchange();
  }

  Map<String, Object> run(Person who, Object projectId, Object jobId) {
    return runNow(who, projectId, jobId).expectStatus().isCreated().expectBody(Api.JSON).returnResult()
        .getResponseBody();
  }

  WebTestClient.ResponseSpec report(Object projectId, Object jobId, Object runId, Map<String, ?> report) {
    return post(api.admin(), "/api/v1/projects/{p}/jobs/{j}/runs/{r}:report", report, projectId, jobId, runId);
  }

  Map<String, Object> reported(Object projectId, Object jobId, Object runId, String state) {
    return report(projectId, jobId, runId, Map.of("state", state)).expectStatus().isOk().expectBody(Api.JSON)
        .returnResult().getResponseBody();
  }

  List<Map<String, Object>> runs(Person who, Object projectId, Object jobId) {
    return api.items(who, "/api/v1/projects/{p}/jobs/{j}/runs", projectId, jobId);
  }

  /** Waits until the job's runs satisfy {@code condition} (processes run in the background), and returns them. */
  List<Map<String, Object>> awaitRuns(Person who, Object projectId, Object jobId,
                                      Predicate<List<Map<String, Object>>> condition) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> runs(who, projectId, jobId), condition);
  }

  static Predicate<List<Map<String, Object>>> states(String... states) {
    return runs -> runs.stream().map(r -> r.get("state")).toList().equals(List.of(states));
  }
}

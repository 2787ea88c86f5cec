package io.kiln.web.local;

import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.MediaType;

/** Jobs as the local-compute tests define and run them. */
final class LocalJobs {
  private final Api api;

  LocalJobs(Api api) {
    this.api = api;
  }

  Map<String, Object> create(Person who, Object projectId, Map<String, ?> body) {
    return api.as(who).post().uri("/api/v1/projects/{p}/jobs", projectId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  static Map<String, Object> job(String name, String script, String runtimeId, String profileId,
                                 Map<String, ?> more) {
    Map<String, Object> body = new HashMap<>(Map.of("name", name, "script", script, "runtimeId", runtimeId,
        "profileId", profileId));
    body.putAll(more);
    return body;
  }

  Map<String, Object> run(Person who, Object projectId, Object jobId) {
    return api.as(who).post().uri("/api/v1/projects/{p}/jobs/{j}:run", projectId, jobId).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
  }

  Map<String, Object> awaitRun(Person who, Object projectId, Object jobId, Object runId,
                               Predicate<Map<String, Object>> condition) {
    return await().atMost(Duration.ofSeconds(40)).until(
        () -> api.get(who, "/api/v1/projects/{p}/jobs/{j}/runs/{r}", projectId, jobId, runId), condition);
  }

  List<Map<String, Object>> runs(Person who, Object projectId, Object jobId) {
    return api.items(who, "/api/v1/projects/{p}/jobs/{j}/runs", projectId, jobId);
  }

  static Predicate<Map<String, Object>> state(String state) {
    return run -> state.equals(run.get("state"));
  }
}

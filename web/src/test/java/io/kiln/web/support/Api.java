package io.kiln.web.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Kiln's HTTP API as tests speak it: people with keys, and the calls they make. */
public final class Api {
  public static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private final WebTestClient web;

  public Api(WebTestClient web) {
    this.web = web;
  }

  /** A user the admin created, with a fresh API key. */
  public record Person(String id, String username, String key) {}

  public Person admin() {
    return new Person("00000000-0000-0000-0000-000000000001", "admin", KilnIntegrationTest.ADMIN_KEY);
  }

  public Person newUser(String role) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 12);
    Map<String, Object> user = as(admin()).post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", username, "email", username + "@example.com", "role", role))
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    String id = (String) user.get("id");
    Map<String, Object> key = as(admin()).post().uri("/api/v1/users/{id}/api-keys", id)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    return new Person(id, username, (String) key.get("key"));
  }

  public Map<String, Object> createProject(Person owner, Map<String, ?> body) {
    return as(owner).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
  }

  public Map<String, Object> createProject(Person owner, String name) {
    return createProject(owner, Map.of("name", name));
  }

  public void setRole(Person actor, Object projectId, Person collaborator, String role) {
    as(actor).put().uri("/api/v1/projects/{id}/collaborators/{user}", projectId, collaborator.id())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("role", role))
        .exchange().expectStatus().isOk();
  }

  public Map<String, Object> get(Person viewer, String uri, Object... vars) {
    return as(viewer).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(JSON).returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> items(Person viewer, String uri, Object... vars) {
    return (List<Map<String, Object>>) get(viewer, uri, vars).get("items");
  }

  /** A runtime registered by the admin; returns its id. */
  public String runtime(String status) {
    String id = (String) as(admin()).post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "rt-" + UUID.randomUUID().toString().substring(0, 8),
            "image", "registry.example.com/ml/python:3.11", "editor", "jupyterlab", "kernel", "python3.11"))
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
    if (!"enabled".equals(status)) {
      as(admin()).patch().uri("/api/v1/runtimes/{id}", id).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("status", status)).exchange().expectStatus().isOk();
    }
    return id;
  }

  /** A resource profile defined by the admin; returns its id. */
  public String profile(long cpuMillis, long memoryMiB, int gpus) {
    return (String) as(admin()).post().uri("/api/v1/resource-profiles").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "pf-" + UUID.randomUUID().toString().substring(0, 8), "cpuMillis", cpuMillis,
            "memoryMiB", memoryMiB, "gpus", gpus))
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
  }

  public void quota(Person user, long cpuMillis, long memoryMiB, int gpus) {
    as(admin()).put().uri("/api/v1/users/{id}/quota", user.id()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("cpuMillis", cpuMillis, "memoryMiB", memoryMiB, "gpus", gpus))
        .exchange().expectStatus().isOk();
  }

  public WebTestClient.ResponseSpec startSession(Person who, Object projectId, String runtimeId, String profileId) {
    return as(who).post().uri("/api/v1/projects/{p}/sessions", projectId).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("runtimeId", runtimeId, "profileId", profileId)).exchange();
  }

  public Map<String, Object> report(String path, Object projectId, Object id, Map<String, ?> report) {
    return as(admin()).post().uri("/api/v1/projects/{p}/" + path + "/{id}:report", projectId, id)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(report)
        .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
  }

  public WebTestClient as(Person person) {
    return web.mutate().defaultHeader("Authorization", "Bearer " + person.key()).build();
  }

  public static String uniqueName(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  public static HttpStatus status(int code) {
    return HttpStatus.valueOf(code);
  }
}

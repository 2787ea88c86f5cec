package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.infra.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import io.kiln.web.support.MockCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Kiln on its embedded defaults, as the README's run command starts it: no database configured, state under
 * KILN_HOME. Whatever it stored survives a restart; health follows the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartTest {
  private static final String KEY = "kiln_restart-test-admin-key-123";
  private static final String SHOWN_ONCE = "Its API key, shown this once:";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @TempDir
  Path home;

  @Test
  void projectsAndEventsSurviveARestart(CapturedOutput output) {
    String id;
    String name = "Survivor";
    long events;
    String key;
    try (ConfigurableApplicationContext kiln = start()) {
      key = printedAdminKey(output.getOut());
      id = (String) client(kiln, key).post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", name, "description", "still here")).exchange()
          .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
      events = eventCount(kiln);
    }
    assertThat(Files.isDirectory(home.resolve("postgres/data"))).isTrue();

    int printed = output.getOut().split(SHOWN_ONCE, -1).length - 1;
    try (ConfigurableApplicationContext kiln = start("--kiln.compute=none")) {
      assertThat(output.getOut().split(SHOWN_ONCE, -1).length - 1).as("the key is printed on the first start only")
          .isEqualTo(printed).isEqualTo(1);
      assertThat(eventCount(kiln)).isEqualTo(events);
      Map<String, Object> project = client(kiln, key).get().uri("/api/v1/projects/{id}", id).exchange()
          .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
      assertThat(project).containsEntry("name", name).containsEntry("description", "still here");
      List<?> items = (List<?>) client(kiln, key).get().uri("/api/v1/projects").exchange()
          .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("items");
      assertThat(items).hasSize(1);
      startingAnythingWithoutComputeIsRefused(client(kiln, key), id);
    }
  }

  @Test
  void theBuildQueueResumesAfterARestartWithNothingLostOrStartedTwice() {
    List<String> builds = new ArrayList<>();
    String project;
    String[] cluster = {"--kiln.bootstrap.admin-key=" + KEY, "--kiln.compute=kubernetes",
        "--kiln.k8s.master-url=" + MockCluster.url()};
    try (ConfigurableApplicationContext kiln = start(cluster)) {
      WebTestClient client = client(kiln, KEY);
      project = id(client.post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", "Queue")).exchange());
      String runtime = id(client.post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("name", "base", "image", "python:3.11", "editor", "none", "kernel", "python3")).exchange());
      for (int i = 0; i < 4; i++) {
        builds.add(id(client.post().uri("/api/v1/projects/{p}/builds", project).contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("kind", "runtime", "name", "b" + i, "baseRuntimeId", runtime,
                "source", Map.of("kind", "project_files"))).exchange()));
      }
      await().untilAsserted(() -> assertThat(positions(client, project, builds)).containsExactly(null, null, 1, 2));
    }
    try (ConfigurableApplicationContext kiln = start(cluster)) {
      WebTestClient client = client(kiln, KEY);
      assertThat(positions(client, project, builds)).containsExactly(null, null, 1, 2);
      client.post().uri("/api/v1/projects/{p}/builds/{b}:report", project, builds.get(0))
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("state", "failed", "reason", "test"))
          .exchange().expectStatus().isOk();
      await().untilAsserted(() -> assertThat(positions(client, project, builds)).containsExactly(null, null, null, 1));
      assertThat(kiln.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
          "select aggregate_id from eventstore.events where event_type like '%BuildAdmittedEvent'", String.class))
          .containsExactlyInAnyOrderElementsOf(builds.subList(0, 3));
    }
  }

  /** KILN_COMPUTE=none: Kiln runs, and refuses to start workloads with a clear error. */
  private static void startingAnythingWithoutComputeIsRefused(WebTestClient client, String project) {
    String runtime = id(client.post().uri("/api/v1/runtimes").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "base", "image", "python:3.11", "editor", "none", "kernel", "python3")).exchange());
    String profile = id(client.post().uri("/api/v1/resource-profiles").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "restart-small", "cpuMillis", 100, "memoryMiB", 128)).exchange());
    client.post().uri("/api/v1/projects/{p}/sessions", project).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("runtimeId", runtime, "profileId", profile)).exchange()
        .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("NO_COMPUTE");
  }

  private static List<Object> positions(WebTestClient client, String project, List<String> builds) {
    return builds.stream().map(b -> client.get().uri("/api/v1/projects/{p}/builds/{b}", project, b).exchange()
        .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("position")).toList();
  }

  private static String id(WebTestClient.ResponseSpec created) {
    return (String) created.expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
  }

  @Test
  void healthIsDownWhenTheDatabaseIsGone() throws Exception {
    try (ConfigurableApplicationContext kiln = start("--kiln.bootstrap.admin-key=" + KEY)) {
      WebTestClient client = client(kiln, KEY);
      client.get().uri("/actuator/health").exchange().expectStatus().isOk();
      kiln.getBean(EmbeddedPostgresServer.class).close();
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          client.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503)
              .expectBody().jsonPath("$.status").isEqualTo("DOWN"));
    }
  }

  private ConfigurableApplicationContext start(String... more) {
    List<String> args = new ArrayList<>(List.of("--kiln.home=" + home, "--kiln.db.embedded-port=0", "--server.port=0",
        "--kiln.grpc.port=0"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(KilnApplication.class).run(args.toArray(String[]::new));
  }

  private static String printedAdminKey(String log) {
    Matcher m = Pattern.compile(SHOWN_ONCE + "\\s+(kiln_[A-Za-z0-9_-]+)").matcher(log);
    assertThat(m.find()).as("the log shows the admin key").isTrue();
    return m.group(1);
  }

  private static WebTestClient client(ConfigurableApplicationContext kiln, String key) {
    int port = ((WebServerApplicationContext) kiln).getWebServer().getPort();
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20))
        .defaultHeader("Authorization", "Bearer " + key).build();
  }

  private static long eventCount(ConfigurableApplicationContext kiln) {
    return kiln.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForObject("select count(*) from eventstore.domainevententry", Long.class);
  }
}

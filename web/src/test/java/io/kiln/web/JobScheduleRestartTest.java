package io.kiln.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.infra.db.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A job's schedule across a restart: the time it should have fired passes while Kiln is down; when Kiln is back it
 * fires once for it (not zero times, not once per missed firing), and its next firing is in the future.
 */
class JobScheduleRestartTest {
  private static final String KEY = "kiln_schedule-restart-test-key-1";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final String CRON_TASKS = "select execution_time from eventstore.scheduled_tasks "
      + "where encode(task_data, 'escape') like '%CronTick%'";

  @TempDir
  Path home;

  @Test
  void aFiringMissedWhileKilnWasDownHappensOnceWhenItIsBack() throws Exception {
    String project;
    String job;
    Instant due;
    Instant missed;
    try (ConfigurableApplicationContext kiln = start()) {
      WebTestClient client = client(kiln);
      String runtime = id(post(client, "/api/v1/runtimes", Map.of("name", "python", "image", "python:3.11",
          "editor", "none", "kernel", "python3.11")));
      String profile = id(post(client, "/api/v1/resource-profiles", Map.of("name", "nightly-small", "cpuMillis", 100,
          "memoryMiB", 128, "gpus", 0)));
      project = id(post(client, "/api/v1/projects", Map.of("name", "Nightly")));
      // daily, at an hour at least 11 hours away: no firing falls into the test itself
      String daily = "0 " + (ZonedDateTime.now(ZoneOffset.UTC).getHour() + 12) % 24 + " * * *";
      job = id(post(client, "/api/v1/projects/" + project + "/jobs", Map.of("name", "daily", "script", "a.py",
          "runtimeId", runtime, "profileId", profile, "trigger", Map.of("type", "cron", "cron", daily))));
      List<Timestamp> pending = await().atMost(Duration.ofSeconds(10))
          .until(() -> jdbc(kiln).queryForList(CRON_TASKS, Timestamp.class), p -> !p.isEmpty());
      assertThat(pending).as("the schedule's next firing is a persistent deadline").hasSize(1);
      due = pending.get(0).toInstant();
    }

    // Kiln is down for three and a half days, across four firings: the stored deadline, and the time it is for,
    // move back by as much
    missed = due.minus(Duration.ofDays(3).plusHours(13));
    try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(home, 0);
         Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedPostgresServer.USER, null)) {
      moveBack(c, due, missed);
    }

    try (ConfigurableApplicationContext kiln = start()) {
      WebTestClient client = client(kiln);
      String runs = "/api/v1/projects/" + project + "/jobs/" + job + "/runs";
      List<?> items = await().atMost(Duration.ofSeconds(30)).until(() -> items(client, runs), r -> !r.isEmpty());
      assertThat(items).singleElement().satisfies(run -> assertThat(((Map<?, ?>) run).get("trigger"))
          .isEqualTo(Map.of("kind", "schedule", "scheduledFor", missed.toString())));
      List<Timestamp> pending = await().atMost(Duration.ofSeconds(30))
          .until(() -> jdbc(kiln).queryForList(CRON_TASKS, Timestamp.class),
              p -> p.size() == 1 && p.get(0).toInstant().isAfter(Instant.now()));
      assertThat(pending.get(0).toInstant()).as("the next firing is the next one from now: no catch-up")
          .isEqualTo(due);
      assertThat(items(client, runs)).hasSize(1);
    }
  }

  /** Rewrites the stored deadline as if it had been set for {@code to}: its time, and the time in its payload. */
  private static void moveBack(Connection c, Instant from, Instant to) throws Exception {
    try (var read = c.prepareStatement("select task_instance, task_data from eventstore.scheduled_tasks "
        + "where encode(task_data, 'escape') like '%CronTick%'"); var rs = read.executeQuery()) {
      assertThat(rs.next()).isTrue();
      String data = new String(rs.getBytes(2), StandardCharsets.ISO_8859_1);
      assertThat(data).contains(from.toString());
      try (var write = c.prepareStatement("update eventstore.scheduled_tasks set execution_time = ?, task_data = ? "
          + "where task_instance = ?")) {
        write.setTimestamp(1, Timestamp.from(to));
        write.setBytes(2, data.replace(from.toString(), to.toString()).getBytes(StandardCharsets.ISO_8859_1));
        write.setString(3, rs.getString(1));
        assertThat(write.executeUpdate()).isOne();
      }
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(KilnApplication.class).run("--kiln.home=" + home,
        "--kiln.db.embedded-port=0", "--server.port=0", "--kiln.bootstrap.admin-key=" + KEY);
  }

  private static WebTestClient client(ConfigurableApplicationContext kiln) {
    int port = ((WebServerApplicationContext) kiln).getWebServer().getPort();
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20))
        .defaultHeader("Authorization", "Bearer " + KEY).build();
  }

  private static Map<String, Object> post(WebTestClient client, String uri, Map<String, ?> body) {
    return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
  }

  private static String id(Map<String, Object> created) {
    return (String) created.get("id");
  }

  private static List<?> items(WebTestClient client, String uri) {
    return (List<?>) client.get().uri(uri).exchange().expectStatus().isOk().expectBody(JSON).returnResult()
        .getResponseBody().get("items");
  }

  private static JdbcTemplate jdbc(ConfigurableApplicationContext kiln) {
    return kiln.getBean(JdbcTemplate.class);
  }
}

package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Idle culling of a local session, with time driven: the domain's clock (Axon's event clock) is moved forward and the
 * session's stored idle-check deadline is made due now, instead of waiting minutes.
 */
class LocalSessionCullingTest extends LocalComputeIntegrationTest {
  private static final String IDLE_CHECKS = "select task_instance from eventstore.scheduled_tasks "
      + "where encode(task_data, 'escape') like '%session-idle-check%' and encode(task_data, 'escape') like ?";

  @AfterEach
  void realTime() {
    GenericEventMessage.clock = Clock.systemUTC();
  }

  @Test
  void trafficThroughKilnKeepsASessionAliveAndOnceIdleItIsStoppedAndItsProcessKilled() {
    Person alice = api.newUser("user");
    String project = (String) api.createProject(alice, "Culling " + unique()).get("id");
    String runtime = pythonRuntime("python3 -m http.server {port} --bind 127.0.0.1");
    upload(alice, project, "index.html", "<p>notebook</p>");
    String id = (String) api.as(alice).post().uri("/api/v1/projects/{p}/sessions", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("runtimeId", runtime, "profileId", api.profile(500, 512, 0), "idleTimeoutMinutes", 1))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    awaitSession(alice, project, id, "running");
    long pid = jdbc.queryForObject("select pid from eventstore.local_workload where workload_key = ?", Long.class,
        "session:" + id);

    runClockAhead(Duration.ofSeconds(90));
    for (int i = 0; i < 5; i++) {
      api.as(alice).get().uri("/sessions/{id}/index.html", id).exchange().expectStatus().isOk();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> activityRecords(id) == 1);
    String check = makeIdleCheckDue(id);
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      List<String> checks = idleChecks(id);
      return checks.size() == 1 && !checks.contains(check);
    });
    assertThat(api.get(alice, "/api/v1/projects/{p}/sessions/{s}", project, id)).containsEntry("state", "running");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
    assertThat(activityRecords(id)).as("many requests, one record").isOne();

    runClockAhead(Duration.ofMinutes(10));
    makeIdleCheckDue(id);

    var stopped = awaitSession(alice, project, id, "stopped");
    assertThat(stopped).containsEntry("stopReason", "idle_timeout");
    await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    api.as(alice).get().uri("/sessions/{id}/index.html", id).exchange().expectStatus().isNotFound();
  }

  private static void runClockAhead(Duration by) {
    GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), by);
  }

  private List<String> idleChecks(String sessionId) {
    return jdbc.queryForList(IDLE_CHECKS, String.class, "%" + sessionId + "%");
  }

  private String makeIdleCheckDue(String sessionId) {
    List<String> checks = idleChecks(sessionId);
    assertThat(checks).hasSize(1);
    jdbc.update("update eventstore.scheduled_tasks set execution_time = now() where task_instance = ?",
        checks.get(0));
    return checks.get(0);
  }

  private long activityRecords(String sessionId) {
    return jdbc.queryForObject("select count(*) from eventstore.events where aggregate_id = ? "
        + "and event_type like '%SessionActivityRecordedEvent'", Long.class, sessionId);
  }

  private Map<String, Object> awaitSession(Person who, String project, String id, String state) {
    return await().atMost(Duration.ofSeconds(40)).until(
        () -> api.get(who, "/api/v1/projects/{p}/sessions/{s}", project, id), s -> state.equals(s.get("state")));
  }
}

package io.kiln.web.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import io.kiln.web.support.Api.Person;
import io.kiln.web.support.LocalComputeIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** An application whose script serves HTTP on {@code $PORT}, reached through Kiln at /apps/{subdomain}/. */
class LocalApplicationsTest extends LocalComputeIntegrationTest {
  private static final String SERVE = """
      import os, runpy, sys
      sys.argv = ["http.server", os.environ["PORT"], "--bind", "127.0.0.1"]
      runpy.run_module("http.server", run_name="__main__")
      """;
  private Person alice;
  private String project;

  @BeforeEach
  void project() {
    alice = api.newUser("user");
    project = (String) api.createProject(alice, "Apps " + unique()).get("id");
  }

  @Test
  void anApplicationListensOnItsPortIsServedAtItsSubdomainAndStops() {
    upload(alice, project, "app/serve.py", SERVE);
    upload(alice, project, "index.html", "<h1>hello from the app</h1>");
    String subdomain = "dash-" + unique();
    String id = (String) api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Dashboard", "subdomain", subdomain, "script", "app/serve.py",
            "runtimeId", pythonRuntime(null), "profileId", api.profile(250, 512, 0)))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    var running = awaitApplication(id, "running");
    assertThat(running).containsEntry("url", "/apps/" + subdomain + "/");
    assertThat(api.as(alice).get().uri("/apps/{s}/index.html", subdomain).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody()).contains("hello from the app");
    api.as(api.newUser("user")).get().uri("/apps/{s}/", subdomain).exchange().expectStatus().isNotFound();
    String host = subdomain + "." + APPS_DOMAIN;
    assertThat(api.as(alice).get().uri("/index.html").header("Host", host + ":8080").exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
        .contains("hello from the app");
    api.as(api.newUser("user")).get().uri("/").header("Host", host).exchange().expectStatus().isNotFound();
    web.get().uri("/").header("Host", host).exchange().expectStatus().isUnauthorized();
    api.as(alice).get().uri("/").header("Host", "nothing-here." + APPS_DOMAIN).exchange().expectStatus().isNotFound();

    long pid = jdbc.queryForObject("select pid from eventstore.local_workload where owner_id = ? and wanted",
        Long.class, id);
    api.as(alice).post().uri("/api/v1/projects/{p}/applications/{a}:stop", project, id).exchange()
        .expectStatus().isOk();
    awaitApplication(id, "stopped");
    await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    api.as(alice).get().uri("/apps/{s}/", subdomain).exchange().expectStatus().isNotFound();
  }

  private Map<String, Object> awaitApplication(String id, String state) {
    return await().atMost(Duration.ofSeconds(40)).until(
        () -> api.get(alice, "/api/v1/projects/{p}/applications/{a}", project, id), a -> state.equals(a.get("state")));
  }
}

package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.MediaType;

/** Rows made elsewhere (through the API, by a schedule or a dependency) join the open list without a reload. */
class LiveRowsBrowserTest extends BrowserTest {
  private Api.Person alice;
  private String project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    alice = personWithPassword("user");
    runtime = api.runtime("enabled");
    profile = api.profile(250, 512, 0);
    project = (String) api.createProject(alice, Api.uniqueName("Live rows")).get("id");
  }

  @Test
  void aSessionStartedThroughTheApiAppearsInTheOpenSessionsPage() {
    signIn(alice);
    open("/projects/" + project + "/sessions");
    assertThat(find(By.id("no-sessions")).getText()).contains("No sessions yet");
    markNotReloaded();

    String session = (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    waitForText(By.id("session-" + session), "SCHEDULING");
    assertThat(driver().findElements(By.id("no-sessions"))).isEmpty();
    api.report("sessions", project, session, Map.of("state", "starting"));
    waitForText(By.id("session-" + session), "STARTING");
    assertThat(driver().findElements(By.cssSelector("#sessions tbody tr"))).hasSize(1);
    assertThat(script("return window.notReloaded")).isEqualTo(true);
    screenshot("23-session-appeared-live");
  }

  @Test
  void aRunStartedThroughTheApiAppearsInTheOpenJobPage() {
    String job = (String) api.as(alice).post().uri("/api/v1/projects/{p}/jobs", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "nightly", "script", "jobs/nightly.py",
            "runtimeId", runtime, "profileId", profile))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    signIn(alice);
    open("/projects/" + project + "/jobs/" + job);
    assertThat(find(By.id("no-runs")).getText()).contains("No runs yet");
    markNotReloaded();

    String first = run(job);
    waitForText(By.id("run-" + first), "manual");
    String second = run(job);
    waitForText(By.id("run-" + second), "manual");
    assertThat(driver().findElements(By.cssSelector("#runs tbody tr")).get(0).getAttribute("id"))
        .isEqualTo("run-" + second);
    assertThat(driver().findElements(By.cssSelector("#runs tbody tr"))).hasSize(2);
    assertThat(script("return window.notReloaded")).isEqualTo(true);
    screenshot("24-runs-appeared-live");
  }

  @Test
  void aBuildRequestedThroughTheApiAppearsInTheOpenModelPage() {
    String model = (String) api.as(alice).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", Api.uniqueName("scorer"),
            "file", "model/serve.py", "function", "predict", "runtimeId", runtime))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    signIn(alice);
    open("/models/" + model);
    assertThat(find(By.id("no-builds")).getText()).contains("No builds yet");
    markNotReloaded();

    String build = (String) api.as(alice).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");

    find(By.id("build-" + build));
    assertThat(driver().findElements(By.id("no-builds"))).isEmpty();
    assertThat(script("return window.notReloaded")).isEqualTo(true);
    screenshot("25-build-appeared-live");
    clickInLiveRow(By.cssSelector("#build-" + build + " a[href*='/log']"));
    waitForText(By.tagName("h1"), "Build log");
    waitUntil(d -> !d.findElement(By.id("log-state")).getText().contains("Connecting"));
    screenshot("26-build-log");
  }

  private String run(String job) {
    return (String) api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}:run", project, job).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  /** Clicks a link of a row that a live update may swap while it is clicked. */
  private void clickInLiveRow(By link) {
    waitUntil(d -> {
      d.findElement(link).click();
      return true;
    });
  }

  private void markNotReloaded() {
    script("window.notReloaded = true");
  }

  private Object script(String js) {
    return ((JavascriptExecutor) driver()).executeScript(js);
  }
}

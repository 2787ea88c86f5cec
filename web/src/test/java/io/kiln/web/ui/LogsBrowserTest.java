package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.kiln.infra.workload.KeptLogs;
import io.kiln.infra.workload.LogTarget;
import io.kiln.web.support.Api;
import io.kiln.web.support.MockCluster;
import io.kiln.web.support.TestKubelet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Logs in the page, followed live from the (mock) cluster, and log lines shown as text, never as markup. */
class LogsBrowserTest extends BrowserTest {
  private static final String INJECTED = "<b id=\"injected\">bold</b><img src=x onerror=\"window.injected=true\">";
  private final TestKubelet kubelet = MockCluster.kubelet();

  @Autowired
  KeptLogs kept;

  private Api.Person alice;
  private String project;
  private String runtime;
  private String profile;

  @BeforeEach
  void project() {
    alice = personWithPassword("user");
    runtime = api.runtime("enabled");
    profile = api.profile(250, 512, 0);
    project = (String) api.createProject(alice, Api.uniqueName("Logs")).get("id");
  }

  @Test
  void aSessionsLogFollowsLiveInThePageAndShowsMarkupAsText() {
    String session = (String) api.startSession(alice, project, runtime, profile).expectStatus().isCreated()
        .expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    Pod pod = awaitPod(session);
    MockCluster.logs().writeLater(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), null,
        "Jupyter starting\n" + INJECTED + "\nlistening on 8888\n", Duration.ofSeconds(2));
    signIn(alice);
    open("/projects/" + project + "/sessions");
    clickInLiveRow(By.cssSelector("#session-" + session + " a.log-link"));
    waitForText(By.tagName("h1"), "Session log");
    markNotReloaded();

    waitForText(By.id("log-state"), "Live");
    waitForText(By.id("log"), "listening on 8888");
    assertThat(find(By.id("log")).getText()).contains("Jupyter starting", INJECTED);
    assertThat(driver().findElements(By.id("injected"))).isEmpty();
    assertThat(driver().findElements(By.cssSelector("#log img"))).isEmpty();
    assertThat(script("return window.injected === undefined")).isEqualTo(true);
    waitForText(By.id("log-state"), "Finished");
    assertThat(driver().findElements(By.cssSelector("#log .log-line"))).hasSize(3);
    assertThat(script("return window.notReloaded")).isEqualTo(true);
    screenshot("20-session-log");
  }

  @Test
  void aJobRunsAttemptLogIsOneClickFromItsRun() {
    String job = (String) api.as(alice).post().uri("/api/v1/projects/{p}/jobs", project)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "train", "script", "jobs/train.py",
            "runtimeId", runtime, "profileId", profile))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    String run = run(job);
    await().atMost(Duration.ofSeconds(20)).until(() -> kubelet.job(run, 1) != null);
    kubelet.runJob(run, 1);
    Pod pod = awaitPod(run);
    MockCluster.logs().write(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), null,
        "epoch 1 loss 0.9\nepoch 2 loss 0.4\n");
    signIn(alice);
    open("/projects/" + project + "/jobs/" + job);
    clickInLiveRow(By.cssSelector("#run-" + run + " a[href*='/runs/" + run + "/log']"));
    waitForText(By.tagName("h1"), "Job run log: train, run " + run.substring(0, 8) + ", attempt 1");
    waitForText(By.id("log"), "epoch 2 loss 0.4");
    waitForText(By.id("log-state"), "Finished");
    screenshot("21-job-run-log");
  }

  @Test
  void anApplicationsKeptLogSaysFinishedAndNoLogIsSaidInWords() {
    String id = (String) api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Dash", "subdomain", "d" + UUID.randomUUID().toString().substring(0, 8),
            "script", "app/serve.py", "runtimeId", runtime, "profileId", profile))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    signIn(alice);
    open("/projects/" + project + "/applications/" + id + "/log");
    waitForText(By.id("log-state"), "No log");
    assertThat(find(By.id("log-state")).getText()).contains("runs nowhere now and no log was kept");

    kept.keep(LogTarget.of(LogTarget.Kind.APPLICATION, id), "served 3 requests\n<script>alert(1)</script>\n");
    open("/projects/" + project + "/applications/" + id + "/log");
    waitForText(By.id("log"), "<script>alert(1)</script>");
    waitForText(By.id("log-state"), "Finished");
    assertThat(find(By.id("log-state")).getText()).doesNotContain("Live");
    screenshot("22-application-kept-log");
  }

  private String run(String job) {
    return (String) api.as(alice).post().uri("/api/v1/projects/{p}/jobs/{j}:run", project, job).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }

  private Pod awaitPod(String workload) {
    await().atMost(Duration.ofSeconds(20)).until(() -> kubelet.pod(workload) != null);
    return kubelet.pod(workload);
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

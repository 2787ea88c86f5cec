package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/** A data scientist's canary: deploy v1, send a share of calls to v2 with the slider, promote it, try v1 again as a
 * canary and roll it back; the cluster's readiness is reported as the Kubernetes effector would. */
class ModelCanaryBrowserTest extends BrowserTest {

  @Test
  void deployACanaryWithTheSliderPromoteItAndRollBackAnother() {
    Api.Person alice = personWithPassword("user");
    String project = (String) api.createProject(alice, Api.uniqueName("Canary")).get("id");
    String profile = api.profile(250, 512, 0);
    String model = (String) api.as(alice).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", Api.uniqueName("scorer"), "file", "model/serve.py", "function", "predict",
            "runtimeId", api.runtime("enabled")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    buildVersion(alice, model, 1);
    buildVersion(alice, model, 2);
    signIn(alice);
    open("/models/" + model);

    new Select(find(By.id("deploy-version"))).selectByVisibleText("v1");
    new Select(find(By.id("deploy-profile"))).selectByValue(profile);
    find(By.id("deploy-replicas")).clear();
    find(By.id("deploy-replicas")).sendKeys("2");
    find(By.cssSelector("#deploy button[type=submit]")).click();
    waitForText(By.id("deployments"), "2 / 0");
    String deployment = (String) api.items(alice, "/api/v1/models/{m}/deployments", model).get(0).get("id");
    ready(model, deployment);
    showsDeployment(model, "DEPLOYED", "2 / 2", "v1: 100%");
    find(By.id("replica-log-" + deployment + "-1")).click();
    waitForText(By.tagName("h1"), "replica 1");
    waitUntil(d -> d.findElement(By.id("log-state")).getText().matches("(?s).*(Live|Finished|No log).*"));
    open("/models/" + model);

    new Select(find(By.id("canary-version-" + deployment))).selectByVisibleText("v2");
    WebElement slider = find(By.id("canary-percent-" + deployment));
    slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    assertThat(slider.getAttribute("value")).isEqualTo("20");
    assertThat(find(By.id("canary-out-" + deployment)).getText()).isEqualTo("20%");
    find(By.xpath("//button[normalize-space()='Set canary']")).click();
    waitForText(By.id("deployments"), "canary v2 at 20%");
    ready(model, deployment);
    showsDeployment(model, "DEPLOYED", "3 / 3", "v1: 80%, v2: 20%");
    screenshot("16-model-canary", By.id("deployments"));

    find(By.xpath("//button[normalize-space()='Promote canary']")).click();
    waitForText(By.id("deployments"), "DEPLOYING");
    ready(model, deployment);
    showsDeployment(model, "DEPLOYED", "2 / 2", "v2: 100%");
    assertThat(find(By.id("deployments")).getText()).doesNotContain("canary v");

    new Select(find(By.id("canary-version-" + deployment))).selectByVisibleText("v1");
    find(By.xpath("//button[normalize-space()='Set canary']")).click();
    waitForText(By.id("deployments"), "canary v1 at 10%");
    ready(model, deployment);
    showsDeployment(model, "DEPLOYED", "3 / 3", "v2: 90%, v1: 10%");
    find(By.xpath("//button[normalize-space()='Roll back canary']")).click();
    waitForText(By.id("deployments"), "DEPLOYING");
    ready(model, deployment);
    showsDeployment(model, "DEPLOYED", "2 / 2", "v2: 100%");
    screenshot("17-model-rolled-back", By.id("deployments"));
  }

  @Test
  void anAccessKeyIsRevokedAfterConfirming() {
    Api.Person alice = personWithPassword("user");
    String project = (String) api.createProject(alice, Api.uniqueName("Keys")).get("id");
    String model = (String) api.as(alice).post().uri("/api/v1/projects/{p}/models", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", Api.uniqueName("scorer"), "file", "model/serve.py", "function", "predict",
            "runtimeId", api.runtime("enabled")))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    signIn(alice);
    open("/models/" + model);
    find(By.id("key-name")).sendKeys("laptop");
    find(By.cssSelector("#create-key button[type=submit]")).click();
    String key = find(By.id("new-key")).getText().replaceAll(".*(kmk_\\S+).*", "$1");
    String keyId = (String) api.items(alice, "/api/v1/models/{m}/access-keys", model).get(0).get("id");
    find(By.id("revoke-key-" + keyId)).click();
    find(By.id("confirm-button-revoke-key-" + keyId)).click();
    waitForText(By.id("access-keys"), "revoked");
    assertNoControl(By.id("revoke-key-" + keyId));
    assertThat(key).startsWith("kmk_");
    assertThat(api.items(alice, "/api/v1/models/{m}/access-keys", model).get(0).get("revokedAt")).isNotNull();
  }

  private void showsDeployment(String model, String state, String replicas, String traffic) {
    waitUntil(d -> {
      open("/models/" + model);
      String row = d.findElement(By.cssSelector("#deployments tbody tr")).getText();
      return row.contains(state) && row.contains(replicas) && row.contains(traffic);
    });
  }

  /** The cluster reports every replica of the deployment's current rollout ready. */
  private void ready(String model, String deployment) {
    Map<String, Object> d = api.get(api.admin(), "/api/v1/models/{m}/deployments/{d}", model, deployment);
    int desired = ((Number) d.get("replicas")).intValue()
        + (d.get("canaryReplicas") == null ? 0 : ((Number) d.get("canaryReplicas")).intValue());
    api.as(api.admin()).post().uri("/api/v1/models/{m}/deployments/{d}:report", model, deployment)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("state", "deployed", "generation", d.get("generation"), "desiredReplicas", desired,
            "readyReplicas", desired))
        .exchange().expectStatus().isOk();
  }

  private void buildVersion(Api.Person who, String model, int number) {
    Map<String, Object> build = api.as(who).post().uri("/api/v1/models/{m}/builds", model).exchange()
        .expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody();
    api.as(api.admin()).post().uri("/api/v1/projects/{p}/builds/{b}:report", build.get("projectId"), build.get("id"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("state", "succeeded", "image", build.get("image"),
            "digest", "sha256:" + UUID.randomUUID().toString().replace("-", "").repeat(2)))
        .exchange().expectStatus().isOk();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(api.items(who, "/api/v1/models/{m}/versions", model)).hasSize(number));
  }
}

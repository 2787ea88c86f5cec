package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

class SessionsBrowserTest extends BrowserTest {

  @Test
  void aStartedSessionTurnsRunningWithoutAReload() {
    Api.Person alice = personWithPassword("user");
    String runtime = api.runtime("enabled");
    String profile = api.profile(500, 1024, 0);
    String project = (String) api.createProject(alice, Api.uniqueName("Sessions")).get("id");
    signIn(alice);
    open("/projects/" + project + "/sessions");
    assertThat(find(By.id("quota-left")).getText()).contains("mCPU");
    new Select(find(By.id("runtime"))).selectByValue(runtime);
    new Select(find(By.id("profile"))).selectByValue(profile);
    find(By.id("session-name")).sendKeys("notebook");
    find(By.cssSelector("#start-session button[type=submit]")).click();
    waitForText(By.id("sessions"), "SCHEDULING");
    List<Map<String, Object>> sessions = api.items(alice, "/api/v1/projects/{p}/sessions", project);
    String session = (String) sessions.get(0).get("id");
    ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("window.notReloaded = true");

    api.report("sessions", project, session, Map.of("state", "starting"));
    api.report("sessions", project, session, Map.of("state", "running", "url", "https://s.example/lab"));

    waitForText(By.id("session-" + session), "RUNNING");
    assertThat(find(By.id("session-" + session)).getText()).contains("Open editor");
    assertThat(((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("return window.notReloaded"))
        .isEqualTo(true);
    screenshot("05-sessions");

    find(By.cssSelector("#session-" + session + " button.danger")).click();
    waitUntil(d -> d.findElement(By.id("session-" + session)).getText().matches("(?s).*STOPP(ING|ED).*"));
  }

  @Test
  void aStartOverTheQuotaIsRefusedInWords() {
    Api.Person bob = personWithPassword("user");
    String runtime = api.runtime("enabled");
    String gpuProfile = api.profile(500, 1024, 1);
    String project = (String) api.createProject(bob, Api.uniqueName("Quota")).get("id");
    long before = eventCount();
    signIn(bob);
    open("/projects/" + project + "/sessions");
    new Select(find(By.id("runtime"))).selectByValue(runtime);
    new Select(find(By.id("profile"))).selectByValue(gpuProfile);
    find(By.cssSelector("#start-session button[type=submit]")).click();
    assertThat(alert()).contains("Over your GPU quota: asked 1, using 0 of 0");
    screenshot("06-quota-refused");
    assertThat(eventCount()).isEqualTo(before);
  }
}

package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

class JobsBrowserTest extends BrowserTest {

  @Test
  void twoDependentJobsAndARunOfTheFirst() {
    Api.Person alice = personWithPassword("user");
    String runtime = api.runtime("enabled");
    String profile = api.profile(250, 512, 0);
    String project = (String) api.createProject(alice, Api.uniqueName("Pipeline")).get("id");
    signIn(alice);

    open("/projects/" + project + "/jobs");
    define("prepare", "jobs/prepare.py", runtime, profile);
    find(By.cssSelector("input[value=cron]")).click();
    find(By.id("cron")).sendKeys("0 6 * * MON");
    waitUntil(d -> d.findElements(By.cssSelector("#cron-preview li")).size() == 5);
    assertThat(find(By.id("cron-preview")).getText()).contains("Monday").contains("06:00");
    find(By.cssSelector("input[value=manual]")).click();
    find(By.cssSelector("#define-job button[type=submit]")).click();
    waitForText(By.tagName("h1"), "prepare");
    String prepare = driver().getCurrentUrl().replaceAll(".*/jobs/", "");

    open("/projects/" + project + "/jobs");
    define("train", "jobs/train.py", runtime, profile);
    find(By.cssSelector("input[value=dependent]")).click();
    new Select(find(By.id("parents"))).selectByVisibleText("prepare");
    find(By.cssSelector("#define-job button[type=submit]")).click();
    waitForText(By.tagName("h1"), "train");
    String train = driver().getCurrentUrl().replaceAll(".*/jobs/", "");

    open("/projects/" + project + "/jobs");
    assertThat(find(By.id("job-graph")).getText()).contains("prepare").contains("train");
    assertThat(driver().findElements(By.cssSelector("#job-graph line"))).hasSize(1);
    screenshot("07-jobs");

    open("/projects/" + project + "/jobs/" + prepare);
    find(By.id("run-now")).click();
    waitForText(By.id("runs"), "SCHEDULING");
    List<Map<String, Object>> runs = api.items(alice, "/api/v1/projects/{p}/jobs/{j}/runs", project, prepare);
    String run = (String) runs.get(0).get("id");
    api.report("jobs/" + prepare + "/runs", project, run, Map.of("state", "running"));
    waitForText(By.id("run-" + run), "RUNNING");
    api.report("jobs/" + prepare + "/runs", project, run, Map.of("state", "succeeded"));
    waitForText(By.id("run-" + run), "SUCCEEDED");
    assertThat(find(By.id("run-" + run)).getText()).contains("attempt 1");
    screenshot("08-job-runs");

    waitUntil(d -> {
      open("/projects/" + project + "/jobs/" + train);
      return d.findElement(By.id("runs")).getText().contains("parent");
    });
  }

  private void define(String name, String script, String runtime, String profile) {
    find(By.id("job-name")).sendKeys(name);
    find(By.id("script")).sendKeys(script);
    new Select(find(By.id("job-runtime"))).selectByValue(runtime);
    new Select(find(By.id("job-profile"))).selectByValue(profile);
  }
}

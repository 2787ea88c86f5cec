package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

class ModelsBrowserTest extends BrowserTest {

  @Test
  void createAModelBuildItAndGetAnAccessKeyShownOnce() {
    Api.Person alice = personWithPassword("user");
    String runtime = api.runtime("enabled");
    String project = (String) api.createProject(alice, Api.uniqueName("Models")).get("id");
    signIn(alice);
    open("/projects/" + project + "/models");
    find(By.id("model-name")).sendKeys("scorer");
    new Select(find(By.id("model-runtime"))).selectByValue(runtime);
    find(By.cssSelector("#create-model button[type=submit]")).click();
    waitForText(By.tagName("h1"), "scorer");
    find(By.id("build-model")).click();
    waitForText(By.id("builds"), "QUEUED");
    find(By.id("key-name")).sendKeys("laptop");
    find(By.cssSelector("#create-key button[type=submit]")).click();
    assertThat(find(By.id("new-key")).getText()).contains("kmk_");
    assertThat(find(By.id("access-keys")).getText()).contains("laptop");
    screenshot("12-model");
    open(java.net.URI.create(driver().getCurrentUrl()).getPath().replace("/access-keys", ""));
    find(By.id("access-keys"));
    assertNoControl(By.id("new-key"));
  }
}

package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AdminBrowserTest extends BrowserTest {

  @Test
  void anAdminSeesUsageAgainstQuotasRegistersARuntimeAndSeesTheProcessors() {
    Api.Person admin = personWithPassword("admin");
    Api.Person alice = api.newUser("user");
    signIn(admin);
    find(By.linkText("Admin")).click();
    assertThat(find(By.id("users")).getText()).contains(alice.username()).contains("mCPU");
    String name = Api.uniqueName("lab").replace(' ', '-');
    find(By.id("rt-name")).sendKeys(name);
    find(By.id("rt-image")).sendKeys("registry.example.com/ml/lab:1");
    find(By.id("rt-kernel")).sendKeys("python3.11");
    find(By.id("rt-local")).sendKeys("python3");
    find(By.id("rt-editor-command")).sendKeys("python3 -m http.server {port}");
    find(By.cssSelector("#register-runtime button[type=submit]")).click();
    waitForText(By.id("runtimes"), name);
    assertThat(find(By.id("runtimes")).getText()).contains("python3 -m http.server {port}");
    assertThat(api.items(admin, "/api/v1/runtimes?pageSize=100")).anySatisfy(r -> assertThat(r)
        .containsEntry("name", name).containsEntry("localCommand", "python3")
        .containsEntry("editorCommand", "python3 -m http.server {port}"));
    assertThat(find(By.id("processors")).getText()).contains("projection").contains("events");
    screenshot("09-admin");

    find(By.id("pf-name")).sendKeys("broken");
    find(By.id("pf-cpu")).sendKeys("0");
    find(By.id("pf-mem")).sendKeys("512");
    find(By.cssSelector("#define-profile button[type=submit]")).click();
    assertThat(alert()).containsIgnoringCase("cpuMillis");
  }
}

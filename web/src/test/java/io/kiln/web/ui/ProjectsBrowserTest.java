package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiln.web.support.Api;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

class ProjectsBrowserTest extends BrowserTest {

  @Test
  void createAProjectAndAddACollaborator() {
    Api.Person alice = personWithPassword("user");
    Api.Person bob = api.newUser("user");
    signIn(alice);
    String name = "Churn " + UUID.randomUUID().toString().substring(0, 6);
    find(By.id("name")).sendKeys(name);
    find(By.id("description")).sendKeys("Predicts who leaves");
    find(By.cssSelector("#create-project button[type=submit]")).click();
    waitForText(By.tagName("h1"), name);
    new Select(find(By.id("collaborator"))).selectByVisibleText(bob.username());
    new Select(find(By.id("role"))).selectByVisibleText("contributor");
    find(By.cssSelector("#add-collaborator button[type=submit]")).click();
    waitForText(By.id("collaborators"), bob.username());
    assertThat(find(By.id("collaborators")).getText()).contains("contributor");
    assertThat(find(By.cssSelector("ol.activity")).getText()).contains("CollaboratorAddedEvent");
    screenshot("04-project-overview");
    open("/projects?search=" + name.substring(0, 8));
    assertThat(find(By.tagName("table")).getText()).contains(name);
    screenshot("03-projects");
  }

  @Test
  void aRefusedNameIsShownNextToTheField() {
    Api.Person alice = personWithPassword("user");
    signIn(alice);
    find(By.id("name")).sendKeys("bad/name");
    find(By.cssSelector("#create-project button[type=submit]")).click();
    assertThat(find(By.id("name-error")).getText()).isNotBlank();
    assertThat(alert()).isNotBlank();
  }

  @Test
  void createAnApplication() {
    Api.Person alice = personWithPassword("user");
    String runtime = api.runtime("enabled");
    String profile = api.profile(250, 256, 0);
    String project = (String) api.createProject(alice, Api.uniqueName("Apps")).get("id");
    signIn(alice);
    open("/projects/" + project + "/applications");
    find(By.id("app-name")).sendKeys("dashboard");
    String subdomain = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    find(By.id("subdomain")).sendKeys(subdomain);
    find(By.id("app-script")).sendKeys("app/main.py");
    new Select(find(By.id("app-runtime"))).selectByValue(runtime);
    new Select(find(By.id("app-profile"))).selectByValue(profile);
    find(By.cssSelector("#create-application button[type=submit]")).click();
    waitForText(By.id("applications"), "dashboard");
    assertThat(find(By.id("applications")).getText()).contains(subdomain)
        .containsPattern("SCHEDULING|STARTING|RUNNING");
    screenshot("11-applications");
  }

  @Test
  void aProjectFromGitShowsItsCloneAndWhyItFailed() {
    Api.Person alice = personWithPassword("user");
    signIn(alice);
    String name = Api.uniqueName("FromGit");
    find(By.id("name")).sendKeys(name);
    find(By.id("gitUrl")).sendKeys("https://127.0.0.1:1/nothing-here.git");
    find(By.id("gitRef")).sendKeys("main");
    find(By.cssSelector("#create-project button[type=submit]")).click();
    waitForText(By.tagName("h1"), name);
    assertThat(find(By.id("files-source")).getText()).contains("https://127.0.0.1:1/nothing-here.git").contains("main");
    String projectUrl = driver().getCurrentUrl();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      driver().navigate().to(projectUrl);
      return find(By.id("files-source")).getText().contains("Clone failed");
    });
    assertThat(find(By.id("files-source")).getText()).contains("failed");
    screenshot("05-project-from-git");
  }

  @Test
  void aRefusedGitUrlIsShownNextToItsFieldAndMakesNoProject() {
    Api.Person alice = personWithPassword("user");
    signIn(alice);
    String name = Api.uniqueName("Secret");
    find(By.id("name")).sendKeys(name);
    find(By.id("gitUrl")).sendKeys("https://alice:hunter2@example.com/repo.git");
    find(By.cssSelector("#create-project button[type=submit]")).click();
    assertThat(find(By.id("git-url-error")).getText()).contains("credentials");
    assertThat(api.items(alice, "/api/v1/projects?search=" + name)).isEmpty();
  }
}

package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.MediaType;

/** Deleting and removing from the UI: a confirm step first, and a refusal said in words beside the control. */
class DeleteControlsBrowserTest extends BrowserTest {

  @Test
  void aJobOthersDependOnIsRefusedInWordsThenDeletedAfterItsDependent() {
    Api.Person alice = personWithPassword("user");
    String runtime = api.runtime("enabled");
    String profile = api.profile(250, 512, 0);
    String project = (String) api.createProject(alice, Api.uniqueName("Deletions")).get("id");
    String prepare = job(alice, project, "prepare", runtime, profile, Map.of("type", "manual"));
    String train = job(alice, project, "train", runtime, profile,
        Map.of("type", "dependent", "parentJobIds", List.of(prepare)));
    signIn(alice);

    open("/projects/" + project + "/jobs/" + prepare);
    long before = eventCount();
    find(By.id("delete-job")).click();
    find(By.id("confirm-button-delete-job")).click();
    assertThat(find(By.cssSelector("#confirm-delete-job [role=alert]")).getText())
        .contains("depend on this job").contains("change their triggers first");
    assertThat(eventCount()).isEqualTo(before);
    screenshot("15-delete-refused", By.id("confirm-delete-job"));

    open("/projects/" + project + "/jobs/" + train);
    find(By.id("delete-job")).click();
    find(By.id("confirm-button-delete-job")).click();
    waitUntil(d -> d.getCurrentUrl().endsWith("/projects/" + project + "/jobs"));
    open("/projects/" + project + "/jobs/" + prepare);
    find(By.id("delete-job")).click();
    find(By.id("confirm-button-delete-job")).click();
    waitUntil(d -> d.getCurrentUrl().endsWith("/projects/" + project + "/jobs"));
    assertThat(api.items(alice, "/api/v1/projects/{p}/jobs", project)).isEmpty();
  }

  @Test
  void aRunningApplicationMustStopBeforeItIsDeleted() {
    Api.Person alice = personWithPassword("user");
    String project = (String) api.createProject(alice, Api.uniqueName("App deletions")).get("id");
    String subdomain = "del-" + UUID.randomUUID().toString().substring(0, 8);
    String app = (String) api.as(alice).post().uri("/api/v1/projects/{p}/applications", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "board", "subdomain", subdomain, "script", "app/main.py",
            "runtimeId", api.runtime("enabled"), "profileId", api.profile(250, 256, 0)))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
    signIn(alice);
    open("/projects/" + project + "/applications");

    find(By.id("delete-application-" + app)).click();
    find(By.id("confirm-button-delete-application-" + app)).click();
    assertThat(find(By.cssSelector("#confirm-delete-application-" + app + " [role=alert]")).getText())
        .contains("Stop the application before deleting it");

    find(By.cssSelector("button[aria-label='Stop board']")).click();
    api.report("applications", project, app, Map.of("state", "stopped"));
    waitUntil(d -> {
      open("/projects/" + project + "/applications");
      return d.findElement(By.id("applications")).getText().contains("STOPPED");
    });
    find(By.id("delete-application-" + app)).click();
    find(By.id("confirm-button-delete-application-" + app)).click();
    waitForText(By.id("applications"), "No applications yet.");
  }

  @Test
  void aCollaboratorIsRemovedAfterConfirming() {
    Api.Person alice = personWithPassword("user");
    Api.Person bob = api.newUser("user");
    String project = (String) api.createProject(alice, Api.uniqueName("Team")).get("id");
    api.setRole(alice, project, bob, "viewer");
    signIn(alice);
    open("/projects/" + project);
    find(By.id("remove-" + bob.id())).click();
    assertThat(find(By.id("confirm-button-remove-" + bob.id())).getText()).isEqualTo("Yes, remove");
    assertThat(find(By.id("collaborators")).getText()).contains(bob.username());
    find(By.id("confirm-button-remove-" + bob.id())).click();
    waitUntil(d -> !d.findElement(By.id("collaborators")).getText().contains(bob.username()));
  }

  private String job(Api.Person who, String project, String name, String runtime, String profile,
                     Map<String, Object> trigger) {
    return (String) api.as(who).post().uri("/api/v1/projects/{p}/jobs", project)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name, "script", "jobs/" + name + ".py", "runtimeId", runtime,
            "profileId", profile, "trigger", trigger))
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("id");
  }
}

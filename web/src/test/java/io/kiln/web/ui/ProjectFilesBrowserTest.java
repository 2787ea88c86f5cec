package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

class ProjectFilesBrowserTest extends BrowserTest {

  @Test
  void browseMakeAFolderUploadDownloadAndDeleteAFile() throws Exception {
    Api.Person alice = personWithPassword("user");
    String project = (String) api.createProject(alice, Api.uniqueName("Files")).get("id");
    Path script = Files.createTempFile("train", ".py");
    Files.writeString(script, "print('hello from kiln')\n");
    signIn(alice);
    open("/projects/" + project);
    find(By.linkText("Files")).click();
    waitForText(By.id("files"), "This folder is empty");

    find(By.id("folder-name")).sendKeys("../outside");
    find(By.cssSelector("#make-folder button[type=submit]")).click();
    assertThat(find(By.id("mkdir-error")).getText()).contains("Not a path inside the project")
        .contains("'..' segments are not allowed");

    find(By.id("folder-name")).clear();
    find(By.id("folder-name")).sendKeys("jobs");
    find(By.cssSelector("#make-folder button[type=submit]")).click();
    find(By.linkText("jobs/")).click();
    waitForText(By.id("crumbs"), "jobs");
    find(By.id("upload")).sendKeys(script.toAbsolutePath().toString());
    find(By.cssSelector("#upload-file button[type=submit]")).click();
    String name = script.getFileName().toString();
    waitForText(By.id("files"), name);
    assertThat(find(By.id("files")).getText()).contains("25 bytes");
    assertThat(api.items(alice, "/api/v1/projects/{p}/files/jobs", project)).extracting(e -> e.get("name"))
        .containsExactly(name);
    screenshot("14-files");

    String href = find(By.linkText(name)).getAttribute("href");
    Object body = ((JavascriptExecutor) driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));
        """, href);
    assertThat(body).isEqualTo("print('hello from kiln')\n");

    find(By.cssSelector("summary[aria-label='Delete " + name + "']")).click();
    find(By.xpath("//details[@open]//button[normalize-space()='Yes, delete']")).click();
    waitForText(By.id("files"), "This folder is empty");
    find(By.linkText("Project files")).click();
    find(By.cssSelector("summary[aria-label='Delete jobs']")).click();
    find(By.xpath("//details[@open]//button[normalize-space()='Yes, delete']")).click();
    waitForText(By.id("files"), "This folder is empty");
  }

  @Test
  void anAuditorBrowsesFilesWithoutControls() {
    Api.Person owner = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Audited files")).get("id");
    Api.Person auditor = personWithPassword("auditor");
    signIn(auditor);
    open("/projects/" + project + "/files");
    find(By.id("files"));
    assertNoControl(By.id("upload-file"));
    assertNoControl(By.id("make-folder"));
    assertNoControl(By.cssSelector(".confirm"));
  }
}

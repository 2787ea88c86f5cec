package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

class AuditorBrowserTest extends BrowserTest {

  @Test
  void anAuditorSeesNoWriteControlsAndADirectWriteIsRefused() {
    Api.Person owner = api.newUser("user");
    String project = (String) api.createProject(owner, Api.uniqueName("Audited")).get("id");
    Api.Person auditor = personWithPassword("auditor");
    signIn(auditor);

    assertNoControl(By.id("create-project"));
    open("/projects/" + project);
    find(By.id("collaborators"));
    assertNoControl(By.id("add-collaborator"));
    assertNoControl(By.id("archive"));
    open("/projects/" + project + "/sessions");
    find(By.id("sessions"));
    assertNoControl(By.id("start-session"));
    open("/projects/" + project + "/jobs");
    find(By.id("jobs"));
    assertNoControl(By.id("define-job"));
    open("/projects/" + project + "/files");
    find(By.id("files"));
    assertNoControl(By.id("upload-file"));
    open("/admin");
    find(By.id("node-pools"));
    assertNoControl(By.id("define-pool"));
    assertNoControl(By.cssSelector(".confirm"));
    open("/audit");
    find(By.id("audit-records"));
    screenshot("10-audit");

    open("/projects/" + project + "/jobs");
    long before = eventCount();
    Object status = ((JavascriptExecutor) driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const headers = JSON.parse(document.body.getAttribute('hx-headers'));
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        fetch('/projects', {method: 'POST', headers, body: 'name=sneaky&visibility=private', redirect: 'manual'})
          .then(r => done(r.status), e => done(String(e)));
        """);
    assertThat(status).isEqualTo(403L);
    assertThat(eventCount()).isEqualTo(before);
  }
}

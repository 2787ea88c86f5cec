package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A person's own API keys in the UI: issued with the secret shown once, refused input in words, revoked. */
class ApiKeysBrowserTest extends BrowserTest {

  @Test
  void aPersonIssuesAKeyThatWorksOnceShownThenRevokesIt() {
    Api.Person alice = personWithPassword("user");
    signIn(alice);
    find(By.id("api-keys-link")).click();
    waitForText(By.tagName("h1"), "API keys");
    int before = keys(alice).size();

    find(By.id("key-name")).sendKeys("x".repeat(101));
    submit();
    assertThat(find(By.id("key-name-error")).getText()).contains("at most 100 characters");
    find(By.id("key-name")).clear();
    find(By.id("key-name")).sendKeys("laptop");
    expiry("2020-01-01");
    submit();
    assertThat(find(By.id("key-expires-error")).getText()).contains("must be in the future");
    assertNoControl(By.id("new-key"));
    assertThat(keys(alice)).hasSize(before);

    expiry(LocalDate.now().plusYears(1).toString());
    submit();
    String secret = find(By.id("new-key")).getText();
    assertThat(secret).startsWith("kiln_");
    assertThat(find(By.id("new-key-example")).getText()).contains("curl").contains(secret).contains("/api/v1/me");
    assertThat(find(By.id("api-keys")).getText()).contains("laptop").contains("active")
        .contains(secret.substring(0, 12)).doesNotContain(secret);
    screenshot("27-api-keys", By.id("new-key-box"));
    Api.Person withNewKey = new Api.Person(alice.id(), alice.username(), secret);
    assertThat(api.get(withNewKey, "/api/v1/me")).containsEntry("username", alice.username());

    driver().navigate().refresh();
    waitForText(By.id("api-keys"), "laptop");
    assertNoControl(By.id("new-key"));
    assertThat(driver().getPageSource()).doesNotContain(secret);
    assertThat(keys(alice)).hasSize(before + 1);

    String keyId = (String) keys(alice).stream().filter(k -> "laptop".equals(k.get("name"))).findFirst()
        .orElseThrow().get("id");
    find(By.id("revoke-key-" + keyId)).click();
    find(By.id("confirm-button-revoke-key-" + keyId)).click();
    waitForText(By.id("key-" + keyId), "revoked");
    assertNoControl(By.id("revoke-key-" + keyId));
    api.as(withNewKey).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void anAuditorSeesTheirKeysButNoIssueOrRevokeControl() {
    Api.Person auditor = personWithPassword("auditor");
    signIn(auditor);
    find(By.id("api-keys-link")).click();
    assertThat(find(By.id("api-keys")).getText()).contains("active").contains(auditor.key().substring(0, 12));
    assertThat(find(By.id("keys-read-only")).getText()).contains("an administrator issues");
    assertNoControl(By.id("issue-key"));
    assertNoControl(By.cssSelector(".confirm"));
  }

  private void submit() {
    find(By.cssSelector("#issue-key button[type=submit]")).click();
  }

  private void expiry(String date) {
    ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", find(By.id("key-expires")),
        date);
  }

  private List<Map<String, Object>> keys(Api.Person person) {
    return api.items(person, "/api/v1/users/{id}/api-keys", person.id());
  }
}

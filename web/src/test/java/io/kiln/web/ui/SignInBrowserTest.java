package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.MediaType;

class SignInBrowserTest extends BrowserTest {

  @Test
  void signInShowsProjectsAndSignOutEndsTheSession() {
    Api.Person alice = personWithPassword("user");
    open("/projects");
    assertThat(driver().getCurrentUrl()).contains("/login");
    screenshot("01-sign-in");
    signIn(alice);
    assertThat(find(By.tagName("h1")).getText()).isEqualTo("Projects");
    assertThat(find(By.cssSelector("header .who")).getText()).contains(alice.username());
    find(By.id("sign-out")).click();
    waitForText(By.cssSelector("[role=status]"), "You have signed out");
    open("/projects");
    assertThat(driver().getCurrentUrl()).contains("/login");
  }

  @Test
  void aWrongPasswordIsRefusedInWords() {
    Api.Person bob = personWithPassword("user");
    open("/login");
    find(By.id("username")).sendKeys(bob.username());
    find(By.id("password")).sendKeys("not the password");
    find(By.id("sign-in")).click();
    assertThat(alert()).contains("The username or the password is wrong");
  }

  @Test
  void aOneTimeLinkSetsThePasswordOnce() {
    Api.Person carol = api.newUser("user");
    String path = (String) web.post().uri("/api/v1/users/{id}/password-links", carol.id())
        .header("Authorization", "Bearer " + ADMIN_KEY).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
        .exchange().expectStatus().isCreated().expectBody(Api.JSON).returnResult().getResponseBody().get("path");
    open(path);
    find(By.id("password")).sendKeys(PASSWORD);
    find(By.id("confirmation")).sendKeys(PASSWORD);
    screenshot("02-password-link");
    find(By.cssSelector("form button[type=submit]")).click();
    waitForText(By.cssSelector("[role=status]"), "Your password is set");
    signIn(carol);
    open(path);
    assertThat(alert()).contains("unknown, already used or expired");
    Long stored = jdbc.queryForObject("select count(*) from eventstore.events where event_type like '%PasswordSetEvent'"
        + " and payload::text like '%$2a$%'", Long.class);
    assertThat(stored).isZero();
  }
}

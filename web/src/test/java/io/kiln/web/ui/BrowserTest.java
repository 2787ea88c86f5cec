package io.kiln.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiln.web.support.Api;
import io.kiln.web.support.KilnIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The browser UI in headless Chromium from the distribution's packages (never downloaded): one browser per test
 * class, skipped when {@code /usr/bin/chromium} is absent.
 */
abstract class BrowserTest extends KilnIntegrationTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String PASSWORD = "correct horse battery";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static WebDriver driver;

  @LocalServerPort
  int port;

  @BeforeEach
  void browser() {
    Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
        "Chromium and chromedriver from Debian's packages are needed for browser tests");
    if (driver == null) {
      System.setProperty("SE_OFFLINE", "true");
      System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
          "--window-size=1366,900");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
      driver = new ChromeDriver(service, options);
    }
    driver.manage().deleteAllCookies();
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  WebElement find(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits for a condition; rows that a live update swaps in while it looks are looked up again. */
  <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  void waitForText(By by, String text) {
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** A user created through the API, with a password set by the admin. */
  Api.Person personWithPassword(String role) {
    Api.Person person = api.newUser(role);
    web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
        .put().uri("/api/v1/users/{id}/password", person.id()).header("Authorization", "Bearer " + ADMIN_KEY)
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("password", PASSWORD))
        .exchange().expectStatus().isNoContent();
    return person;
  }

  void signIn(Api.Person person) {
    open("/login");
    find(By.id("username")).sendKeys(person.username());
    find(By.id("password")).sendKeys(PASSWORD);
    find(By.id("sign-in")).click();
    waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Scrolls what a screenshot is about into view first. */
  void screenshot(String name, By about) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'})", find(about));
    screenshot(name);
  }

  String alert() {
    return find(By.cssSelector("[role=alert]")).getText();
  }

  void assertNoControl(By by) {
    assertThat(driver.findElements(by)).isEmpty();
  }
}

package com.marketinghub.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.LiveClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as a user meets it: random port, H2, demo profile, job executor on, and a
 * headless Chromium (Debian's, through its chromedriver). A failing test leaves a screenshot and
 * the page's HTML under target/e2e/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // A failing CRM sync becomes an incident within seconds, not after three 5-minute retries.
    properties = "marketing-hub.lead.handoff.crm-retry-cycle=R1/PT1S")
@ActiveProfiles("demo")
// On the real time: Chromium's date pickers (disallowPassedDates) judge a date by the machine's
// real day, so the application must agree with them; dates the tests type or check are relative
// to the application's clock (TestClock.today()).
@LiveClock
abstract class BrowserTest {

  static final Path DATA_DIR =
      Path.of("target", "test-data", "e2e-" + UUID.randomUUID()).toAbsolutePath();
  static final Path EVIDENCE = Path.of("target", "e2e");

  /** The SMTP server the application mails to: the mails people get, as they get them. */
  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @LocalServerPort
  int port;

  WebDriver browser;
  WebDriverWait wait;

  /** Runs before @AfterEach closes the browser, so the failed page is still there. */
  @RegisterExtension
  final AfterTestExecutionCallback evidence = context -> {
    if (context.getExecutionException().isPresent()) {
      saveEvidence(context.getRequiredTestClass().getSimpleName() + "-"
          + context.getRequiredTestMethod().getName());
    }
  };

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("marketing-hub.data-dir", DATA_DIR::toString);
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @BeforeEach
  void openBrowser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("e2e-chromium").toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Signs in on the login page of a webapp (tasklist, cockpit, admin). */
  void login(String app, String user, String password) {
    browser.get(url("/camunda/app/" + app + "/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** Tasklist: opens the filter, then the task whose name starts so. */
  void openTask(String filter, String taskNameStart) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(filter))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(taskNameStart))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** A Camunda Form field by its component id (Field_LeadCompany). */
  WebElement field(String componentId) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[id$='-" + componentId + "']")));
  }

  String fieldValue(String componentId) {
    return field(componentId).getDomProperty("value");
  }

  /** Clicks the n-th option (from 0) of a radio group of a Camunda Form. */
  void chooseRadio(String componentId, int option) {
    WebElement radio = field(componentId + "-" + option);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", radio);
    radio.click();
  }

  /** Tasklist: takes an unassigned task, which enables its form. */
  void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']")))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
  }

  WebElement completeButton() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("button[ng-click='complete()']")));
  }

  void clickComplete() {
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[ng-click='complete()']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", complete);
    complete.click();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  HttpApi api() {
    return new HttpApi(port);
  }

  void saveEvidence(String name) {
    if (browser == null) {
      return;
    }
    try {
      Files.createDirectories(EVIDENCE);
      Files.write(EVIDENCE.resolve(name + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      Files.writeString(EVIDENCE.resolve(name + ".html"), browser.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save e2e evidence for " + name + ": " + e);
    }
  }
}

package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.DemoUsers.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Starting a process from Tasklist, Cockpit for a manager, and what a sales rep may not open. */
class WebappsE2E extends BrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ObjectMapper json;

  @Test
  void shouldStartDailySyncFromTasklistOnlyWithValidStartForm() {
    String reason = "Partner file " + UUID.randomUUID().toString().substring(0, 6);

    login("tasklist", MARKETING_OPS, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Daily sync"))).click();
    field("Field_RunReason").sendKeys("abc");
    // The start form wants a reason of 5 characters or more: Start stays disabled.
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-Field_RunReason-error-message']"))).getText()).isNotBlank();
    assertThat(startButton().isEnabled()).isFalse();

    field("Field_RunReason").clear();
    field("Field_RunReason").sendKeys(reason);
    wait.until(ExpectedConditions.elementToBeClickable(startButton())).click();

    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> historyService
        .createHistoricProcessInstanceQuery().processDefinitionKey("daily-sync")
        .variableValueEquals("runReason", reason).count() == 1);
  }

  @Test
  void shouldShowSalesManagerLeadHandoffAndCrmIncidentInCockpit() throws Exception {
    Path csv = DATA_DIR.resolve("outbox/sales-handoff-" + TestClock.today() + ".csv");
    Path aside = csv.resolveSibling(csv.getFileName() + ".aside");
    long running;
    // A folder where the day's CSV should be: the CSV "CRM" cannot write, the sync fails.
    Files.createDirectories(csv.getParent());
    if (Files.exists(csv)) {
      Files.move(csv, aside);
    }
    Files.createDirectory(csv);
    try {
      long leadId = json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
          {"source": "e2e", "email": "incident-%s@acme.example", "company": "Initech",
           "country": "DE", "companySize": 800, "jobTitle": "VP Sales"}"""
          .formatted(UUID.randomUUID())).body()).get("id").asLong();
      String owner = Awaitility.await().atMost(Duration.ofSeconds(30))
          .until(() -> json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/" + leadId)
              .body()), lead -> lead.get("currentTask").hasNonNull("id")).get("owner").asText();
      String task = json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/" + leadId)
          .body()).get("currentTask").get("id").asText();
      // The job executor runs here: a completion that meets one of the instance's own jobs in
      // the same moment is refused (optimistic locking, 500) and, as in Tasklist, sent again.
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api().as(owner, PASSWORD)
          .postJson("/engine-rest/task/" + task + "/complete",
              "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}").statusCode(),
          status -> status == 204);
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> runtimeService
          .createIncidentQuery().activityId("Task_SyncToCrm").count() > 0);
      running = runtimeService.createProcessInstanceQuery().processDefinitionKey("lead-handoff")
          .count();
    } finally {
      Files.delete(csv);
      if (Files.exists(aside)) {
        Files.move(aside, csv);
      }
    }

    login("cockpit", SALES_MANAGER, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Processes"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Lead handoff"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Instances Running"));
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Incidents"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Cannot append lead"));
    assertThat(running).isPositive();
  }

  @Test
  void shouldKeepSalesRepOutOfCockpitAdminAndFinanceTasks() {
    String financeTask = runtimeService.startProcessInstanceByKey("platform-check").getId();

    login("cockpit", SALES, PASSWORD);
    assertLoginRefused();
    login("admin", SALES, PASSWORD);
    assertLoginRefused();

    login("tasklist", SALES, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My group's tasks"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "My group's tasks"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Review platform check");
    assertThat(api().as(FINANCE, PASSWORD)
        .get("/engine-rest/task?maxResults=50&processInstanceId=" + financeTask)
        .body()).contains("Review platform check");
  }

  private void assertLoginRefused() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-danger, .alert-danger")));
    assertThat(browser.findElements(By.cssSelector("input[ng-model='username']"))).isNotEmpty();
  }

  private org.openqa.selenium.WebElement startButton() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".modal-footer button.btn-primary")));
  }
}

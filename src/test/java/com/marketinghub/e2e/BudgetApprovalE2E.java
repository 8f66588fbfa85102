package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A marketer requests budget in Tasklist, a marketing lead approves it there. */
class BudgetApprovalE2E extends BrowserTest {

  @Autowired ObjectMapper json;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void shouldRequestInTasklistAndApproveAsAnotherMarketingLead() throws Exception {
    String channel = "e2e-" + UUID.randomUUID().toString().substring(0, 6);
    String quarter = TestClock.quarter();
    assertThat(api().as("fiona", PASSWORD).putJson("/api/budget/plans/" + quarter + "/" + channel,
        "{\"allocated\": \"10000.00\", \"currency\": \"EUR\"}").statusCode()).isEqualTo(200);

    login("tasklist", MARKETING, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process")))
        .click();
    // In the start dialog: the filter list behind it has a "Budget approvals" link too.
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal')]//a[normalize-space()='Budget approval']"))).click();
    field("Field_CampaignName").sendKeys("Winter webinars");
    field("Field_Channel").sendKeys(channel);
    field("Field_Quarter").sendKeys(quarter);
    field("Field_Amount").sendKeys("4000.50");
    WebElement start = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".modal-footer button.btn-primary")));
    wait.until(ExpectedConditions.elementToBeClickable(start)).click();

    String taskName = "Approve budget: Winter webinars: 4000.50 EUR (" + channel + ", " + quarter
        + ")";
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> taskService.createTaskQuery()
        .taskName(taskName).count() == 1);
    browser.manage().deleteAllCookies();
    login("tasklist", "max", PASSWORD);
    openTask("Budget approvals", taskName);
    claim();
    assertThat(fieldValue("Field_Requester")).isEqualTo(MARKETING);
    assertThat(fieldValue("Field_RemainingBudget")).startsWith("10000.00 EUR");
    chooseRadio("Field_Decision", 0);
    clickComplete();

    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      JsonNode summary = json.readTree(api().as("fiona", PASSWORD)
          .get("/api/budget/summary?quarter=" + quarter).body());
      JsonNode line = null;
      for (JsonNode candidate : summary.get("channels")) {
        if (candidate.get("channel").asText().equals(channel)) {
          line = candidate;
        }
      }
      assertThat(line).isNotNull();
      assertThat(line.get("committed").asText()).isEqualTo("4000.50");
      assertThat(line.get("remaining").asText()).isEqualTo("5999.50");
    });
  }
}

package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.CUSTOMER_SUCCESS_MANAGER;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A CSM starts the health check in Tasklist; the account at risk gets a play in her Tasklist,
 * whose form shows its health history, and she records "no action" with its reason.
 */
class RetentionPlayE2E extends BrowserTest {

  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void shouldRunTheCheckInTasklistAndChooseThePlayThere() {
    String account = "E2E-" + UUID.randomUUID().toString().substring(0, 6);
    LocalDate today = TestClock.today();
    var imported = api().as("otto", PASSWORD).postFile("/api/imports/accounts", "file",
        "accounts.csv", "accountId,name,plan,seatsPurchased,annualValue,currency,renewalDate,csm\n"
            + account + ",Initech,business,50,24000,EUR," + today.plusDays(10) + ","
            + CUSTOMER_SUCCESS_MANAGER + "\n");
    assertThat(imported.body()).contains("\"created\":1");
    assertThat(api().as(CUSTOMER_SUCCESS_MANAGER, PASSWORD).postJson("/api/accounts/" + account
        + "/signals", "{\"day\": \"" + today.minusDays(40) + "\", \"usageEvents\": 1000}")
        .statusCode()).isEqualTo(201);
    assertThat(api().as(CUSTOMER_SUCCESS_MANAGER, PASSWORD).postJson("/api/accounts/" + account
        + "/signals", "{\"day\": \"" + today + "\", \"seatsUsed\": 5, \"ticketsOpened\": 5,"
        + " \"criticalTickets\": 2, \"nps\": 2}").statusCode()).isEqualTo(201);

    login("tasklist", CUSTOMER_SUCCESS_MANAGER, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal')]//a[normalize-space()='Customer health check']")))
        .click();
    // The start form (an optional day; empty: today) is shown before the start is offered.
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".modal .fjs-form-field-datetime")));
    WebElement start = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".modal-footer button.btn-primary")));
    wait.until(ExpectedConditions.elementToBeClickable(start)).click();

    String taskName = "Choose a retention play: Initech (" + account + ")";
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> taskService.createTaskQuery()
        .taskName(taskName).taskAssignee(CUSTOMER_SUCCESS_MANAGER).count() == 1);
    browser.navigate().refresh();
    openTask("Retention plays", taskName);
    assertThat(fieldValue("Field_HealthHistory")).startsWith(today + ": 5 AT_RISK")
        .contains("support 10 x 0.15 (5 tickets, 2 critical");
    assertThat(fieldValue("Field_AccountSummary")).contains("renews " + today.plusDays(10));
    chooseRadio("Field_PlayType", 4);
    field("Field_NoActionReason").sendKeys("Renewal talks already under way");
    clickComplete();

    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(api().as(CUSTOMER_SUCCESS_MANAGER, PASSWORD)
            .get("/api/exports/retention-plays.csv?status=OPEN").body())
            .contains("," + account + ",Initech," + CUSTOMER_SUCCESS_MANAGER
                + ",NO_ACTION,OPEN,,"));
    assertThat(api().as(CUSTOMER_SUCCESS_MANAGER, PASSWORD)
        .get("/api/exports/retention-plays.csv").body())
        .contains("Renewal talks already under way");
  }
}

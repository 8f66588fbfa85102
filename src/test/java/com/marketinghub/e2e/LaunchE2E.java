package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A product manager's launch: marketing accepts the brief in Tasklist and signs off its
 * readiness checklist there; the launch then waits for the product manager's go / no-go.
 */
class LaunchE2E extends BrowserTest {

  @Autowired ObjectMapper json;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void shouldReviewTheBriefAndSignOffTheChecklistInTasklist() throws Exception {
    String name = "E2E launch " + UUID.randomUUID().toString().substring(0, 6);
    var created = api().as(PRODUCT, PASSWORD).postJson("/api/launches", """
        {"name": "%s", "featureKey": "e2e-feature", "tier": "T3", "launchDate": "%s",
         "targetSegments": ["business"], "adoptionTarget": 0.4}"""
        .formatted(name, TestClock.today().plusDays(10)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json.readTree(created.body()).get("id").asLong();

    login("tasklist", MARKETING, PASSWORD);
    openTask("Launches", "Review launch brief: " + name);
    claim();
    assertThat(fieldValue("Field_BriefSummary")).contains("tier T3", "segments business",
        "adoption target 40% of active accounts");
    chooseRadio("Field_BriefDecision", 0);
    clickComplete();

    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
        status(id).equals("READINESS"));
    browser.navigate().refresh();
    openTask("Launches", "Marketing readiness: " + name);
    claim();
    for (String box : new String[] {"Field_MessagingReady", "Field_CampaignReady",
        "Field_WebPageReady"}) {
      WebElement checkbox = field(box);
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
          checkbox);
      checkbox.click();
    }
    field("Field_ReadinessComment").sendKeys("Page live at /dashboards");
    clickComplete();

    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
        status(id).equals("GO_NO_GO"));
    JsonNode view = json.readTree(api().as(PRODUCT, PASSWORD).get("/api/launches/" + id)
        .body());
    assertThat(view.get("signoffs").findValuesAsText("area")).containsExactly("BRIEF",
        "MARKETING");
    assertThat(view.get("signoffs").get(1).get("signedBy").asText()).isEqualTo(MARKETING);
    assertThat(view.get("signoffs").get(1).get("comment").asText())
        .isEqualTo("Page live at /dashboards");
  }

  @Test
  void shouldStartALaunchFromTasklistWithTheBriefForm() {
    String name = "E2E form launch " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate launchDate = TestClock.today().plusDays(20);
    login("tasklist", PRODUCT, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal')]//a[normalize-space()='Launch coordination']")))
        .click();
    field("Field_Name").sendKeys(name);
    field("Field_FeatureKey").sendKeys("e2e-form-feature");
    chooseRadio("Field_Tier", 2);
    WebElement date = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".modal .fjs-form-field-datetime input")));
    date.sendKeys(launchDate.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")),
        Keys.TAB);
    field("Field_TargetSegments").sendKeys("business, enterprise");
    field("Field_AdoptionTargetPercent").sendKeys("35");
    WebElement start = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".modal-footer button.btn-primary")));
    wait.until(ExpectedConditions.elementToBeClickable(start)).click();

    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
        "select count(*) from launch where name = :name").param("name", name)
        .query(Long.class).single() == 1);
    var launch = jdbc.sql("""
            select tier, launch_date, target_segments, adoption_target, owner, status
            from launch where name = :name""").param("name", name).query().singleRow();
    assertThat(launch).containsEntry("TIER", "T3").containsEntry("LAUNCH_DATE",
        java.sql.Date.valueOf(launchDate)).containsEntry("TARGET_SEGMENTS",
        "business,enterprise").containsEntry("OWNER", PRODUCT)
        .containsEntry("STATUS", "BRIEF_REVIEW");
    assertThat((java.math.BigDecimal) launch.get("ADOPTION_TARGET"))
        .isEqualByComparingTo("0.35");
  }

  private String status(long id) throws Exception {
    return json.readTree(api().as(PRODUCT, PASSWORD).get("/api/launches/" + id).body())
        .get("status").asText();
  }
}

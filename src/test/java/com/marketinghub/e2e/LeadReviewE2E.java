package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.TestClock;
import java.nio.charset.StandardCharsets;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lead handoff's people: the routed rep reviews in Tasklist, a marketer confirms credit. */
class LeadReviewE2E extends BrowserTest {

  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldLetRoutedRepRejectOnlyWithReasonThenAccept() throws Exception {
    long leadId = postLead("ACME GmbH");
    String owner = awaitLead(leadId, "MQL").get("owner").asText();

    login("tasklist", owner, PASSWORD);
    openTask("My tasks", "Review lead: ACME GmbH (score 53)");
    assertThat(fieldValue("Field_LeadCompany")).isEqualTo("ACME GmbH");
    assertThat(fieldValue("Field_LeadScore")).isEqualTo("53");

    chooseRadio("Field_Decision", 1);
    assertThat(field("Field_RejectReason-display").isDisplayed()).isTrue();
    clickComplete();
    // The form refuses: the reason is required, and nothing was completed.
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-Field_RejectReason-error-message']"))).getText()).isNotBlank();
    assertThat(lead(leadId).get("status").asText()).isEqualTo("MQL");

    // Tasklist keeps Complete disabled after a refused attempt until the task is opened again.
    browser.navigate().refresh();
    openTask("My tasks", "Review lead: ACME GmbH (score 53)");
    chooseRadio("Field_Decision", 0);
    clickComplete();

    JsonNode accepted = awaitLead(leadId, "SYNCED");
    assertThat(accepted.get("currentTask").get("taskDefinitionKey").asText())
        .isEqualTo("Task_ConfirmAttribution");
  }

  @Test
  void shouldLetMarketerConfirmAttribution() throws Exception {
    long leadId = postLead("Globex Corp");
    String owner = awaitLead(leadId, "MQL").get("owner").asText();
    String review = lead(leadId).get("currentTask").get("id").asText();
    assertThat(api().as(owner, PASSWORD).postJson("/engine-rest/task/" + review + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}").statusCode()).isEqualTo(204);
    awaitLead(leadId, "SYNCED");

    login("tasklist", MARKETING, PASSWORD);
    openTask("Attribution confirmations", "Confirm attribution: Jane Doe (Globex Corp)");
    claim();
    assertThat(fieldValue("Field_AttributionSuggestions")).contains("No touchpoints recorded");
    chooseRadio("Field_AttributionModel", 2);
    clickComplete();

    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(lead(leadId).get("currentTask").isNull()).isTrue());
  }

  @Test
  void shouldMailTheRoutedRepALinkThatOpensTheReviewInTasklist() throws Exception {
    long leadId = postLead("Umbrella Corp");
    JsonNode lead = awaitLead(leadId, "MQL");
    String owner = lead.get("owner").asText();
    String review = lead.get("currentTask").get("id").asText();

    MailOutbox.Mail mail = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
        Arrays.stream(SMTP.getReceivedMessages()).map(LeadReviewE2E::read)
            .filter(received -> received.text().contains("?task=" + review)).findFirst(),
        Optional::isPresent).orElseThrow();
    assertThat(mail.subject()).isEqualTo("Task for you: Review lead: Umbrella Corp (score 53)");
    assertThat(mail.to()).containsExactly(owner + "@demo.marketing-hub.local");
    Matcher link = Pattern.compile("(http://\\S+\\?task=\\S+)").matcher(mail.text());
    assertThat(link.find()).isTrue();
    assertThat(link.group(1))
        .isEqualTo(url("/camunda/app/tasklist/default/#/?task=" + review));
    assertThat(mail.text()).contains("Record: Lead handoff " + leadId, "Due: ");

    login("tasklist", owner, PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My tasks")));
    browser.get(link.group(1));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    assertThat(fieldValue("Field_LeadCompany")).isEqualTo("Umbrella Corp");
    assertThat(browser.getCurrentUrl()).contains("task=" + review);
    saveEvidence("LeadReviewE2E-mail-link");
  }

  @Test
  void shouldLandALeadOfAKnownCustomerWithItsOwnerTeamAndTheAccountOnTheForm() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv = "accountId,name,plan,seatsPurchased,annualValue,currency,domains,ownerTeam\n"
        + "hooli-" + tag + ",Hooli" + tag + " AG,business,40,9000.00,EUR,hooli" + tag
        + ".example,sales-apac\n";
    assertThat(api().as(MARKETING_OPS, PASSWORD).postBytes("/api/imports/accounts", "file",
        "accounts.csv", csv.getBytes(StandardCharsets.UTF_8)).body()).contains("\"created\":1");
    long account = jdbc.sql("select id from account where external_id = :id")
        .param("id", "hooli-" + tag).query(Long.class).single();
    jdbc.sql("""
            insert into health_score (account_id, score_day, score, band, scored_at)
            values (:account, :day, 41, 'AT_RISK', :now)""")
        .param("account", account).param("day", TestClock.today())
        .param("now", TestClock.offsetNow()).update();

    long leadId = json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "e2e", "email": "jane@hooli%s.example", "firstName": "Jane",
         "lastName": "Doe", "company": "Hooli Deutschland", "country": "DE",
         "companySize": 800, "jobTitle": "VP Sales"}""".formatted(tag)).body())
        .get("id").asLong();
    JsonNode lead = awaitLead(leadId, "MQL");
    // Germany's territory is sales-emea; the account's owner team wins.
    assertThat(lead.get("team").asText()).isEqualTo("sales-apac");
    assertThat(lead.get("accountMatchRule").asText()).isEqualTo("DOMAIN");

    login("tasklist", lead.get("owner").asText(), PASSWORD);
    openTask("My tasks", "Review lead: Hooli Deutschland");
    assertThat(fieldValue("Field_LeadAccount")).isEqualTo("Hooli" + tag + " AG (hooli-" + tag
        + "), customer, owned by sales-apac; matched by DOMAIN (confidence 0.95)");
    assertThat(fieldValue("Field_LeadAccountHealth")).isEqualTo("AT_RISK");
    assertThat(fieldValue("Field_LeadAccountPlay")).isEqualTo("-");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
        field("Field_LeadAccount"));
    saveEvidence("LeadReviewE2E-account");
  }

  @Test
  void shouldLetMarketingOpsChooseTheAccountOfALeadThatMatchesTwo() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv = "accountId,name,plan,seatsPurchased,annualValue,currency,ownerTeam\n"
        + "vandelay-de-" + tag + ",Vandelay" + tag + " GmbH,business,10,1000.00,EUR,sales-emea\n"
        + "vandelay-us-" + tag + ",Vandelay" + tag + " Inc,business,10,1000.00,USD,sales-apac\n";
    assertThat(api().as(MARKETING_OPS, PASSWORD).postBytes("/api/imports/accounts", "file",
        "accounts.csv", csv.getBytes(StandardCharsets.UTF_8)).body()).contains("\"created\":2");
    long leadId = json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "e2e", "email": "art@vandelay-%1$s.example", "firstName": "Art",
         "lastName": "Vandelay", "company": "Vandelay%1$s", "country": "DE",
         "companySize": 800, "jobTitle": "VP Sales"}""".formatted(tag)).body())
        .get("id").asLong();
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lead(leadId)
        .path("currentTask").path("taskDefinitionKey").asText().equals("Task_ChooseAccount"));

    login("tasklist", MARKETING_OPS, PASSWORD);
    openTask("My group's tasks", "Choose account: Art Vandelay");
    claim();
    assertThat(fieldValue("Field_AccountCandidatesText")).contains("vandelay-de-" + tag,
        "vandelay-us-" + tag + ": Vandelay" + tag + " Inc, owner team sales-apac");
    WebElement select = field("Field_Account-display");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", select);
    select.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item') and contains(., 'vandelay-us-" + tag
            + "')]"))).click();
    saveEvidence("LeadReviewE2E-choose-account");
    clickComplete();

    JsonNode routed = awaitLead(leadId, "MQL");
    assertThat(routed.get("accountId").asText()).isEqualTo("vandelay-us-" + tag);
    assertThat(routed.get("accountMatchRule").asText()).isEqualTo("CHOSEN");
    assertThat(routed.get("team").asText()).isEqualTo("sales-apac");
  }

  private static MailOutbox.Mail read(MimeMessage message) {
    try {
      return MailOutbox.parse(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long postLead(String company) throws Exception {
    return json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "e2e", "email": "e2e-%s@acme.example", "firstName": "Jane", "lastName": "Doe",
         "company": "%s", "country": "DE", "companySize": 800, "jobTitle": "VP Sales"}"""
        .formatted(UUID.randomUUID(), company)).body()).get("id").asLong();
  }

  private JsonNode awaitLead(long leadId, String status) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> lead(leadId), lead -> status.equals(lead.get("status").asText()));
  }

  private JsonNode lead(long leadId) throws Exception {
    return json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/" + leadId).body());
  }
}

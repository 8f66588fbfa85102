package com.marketinghub.lead;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.account.AccountMatch;
import com.marketinghub.account.AccountMatcher;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lead-to-account matching (docs/lead-handoff.md, "Matching a lead to its account") against a
 * hand-made account list imported as Customer Success imports it: exact domain, subdomain,
 * free-mail, company-name variants, two candidates; then the lead handoff over HTTP, routed to
 * the account's owner team, and an ambiguous lead decided by marketing-ops.
 */
class LeadAccountMatchingTest extends ApplicationTest {

  @Autowired AccountMatcher matcher;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void importAccounts() throws Exception {
    String csv = """
        accountId,name,plan,seatsPurchased,annualValue,currency,domains,ownerTeam
        acme-%1$s,ACME%1$s GmbH,business,50,12000.00,EUR,acme%1$s.example; acme%1$s.de,sales-na
        globex-%1$s,Globex%1$s Inc.,business,20,6000.00,EUR,globex%1$s.example,
        initech-de-%1$s,Initech%1$s AG,business,20,6000.00,EUR,,sales-emea
        initech-us-%1$s,Initech%1$s Inc,business,20,6000.00,USD,,sales-apac
        umbra-%1$s,Umbra%1$s,business,5,1000.00,EUR,shared%1$s.example,
        penumbra-%1$s,Penumbra%1$s,business,5,1000.00,EUR,shared%1$s.example,
        freemail-%1$s,Freemail%1$s,business,5,1000.00,EUR,gmail.com,
        rogue-%1$s,Rogue%1$s Ltd,business,5,1000.00,EUR,rogue%1$s.example,finance
        """.formatted(tag);
    JsonNode report = json.readTree(api().as(MARKETING_OPS, PASSWORD).postBytes(
        "/api/imports/accounts", "file", "accounts.csv", csv.getBytes(StandardCharsets.UTF_8))
        .body());
    assertThat(report.get("created").asInt()).isEqualTo(7);
    assertThat(report.get("rejected").asInt()).isEqualTo(1);
  }

  @Test
  void shouldMatchByExactDomainThenParentDomain() {
    AccountMatch exact = matcher.match("jane@acme" + tag + ".example", "Something else");
    assertThat(exact.account().accountId()).isEqualTo("acme-" + tag);
    assertThat(exact.rule()).isEqualTo(AccountMatch.Rule.DOMAIN);
    assertThat(exact.confidence()).isEqualByComparingTo("0.95");

    AccountMatch sub = matcher.match("Jane@EU.Sales.Acme" + tag + ".de", null);
    assertThat(sub.account().accountId()).isEqualTo("acme-" + tag);
    assertThat(sub.rule()).isEqualTo(AccountMatch.Rule.PARENT_DOMAIN);
    assertThat(sub.confidence()).isEqualByComparingTo("0.85");
  }

  @Test
  void shouldNeverMatchAFreeMailDomainButStillTheCompanyName() {
    assertThat(matcher.match("jane@gmail.com", "Nobody " + tag).rule())
        .isEqualTo(AccountMatch.Rule.NONE);
    AccountMatch byName = matcher.match("jane@gmail.com", "globex" + tag + " inc");
    assertThat(byName.rule()).isEqualTo(AccountMatch.Rule.COMPANY_NAME);
    assertThat(byName.account().accountId()).isEqualTo("globex-" + tag);
  }

  @Test
  void shouldMatchCompanyNameVariants() {
    for (String company : new String[] {"ACME" + tag + " GmbH", "Acme" + tag,
        "acme" + tag + " gmbh.", " Acme" + tag + ", GmbH & Co. KG", "Acme" + tag + " S.A.",
        "ÀCME" + tag + " B.V."}) {
      AccountMatch match = matcher.match("jane@unknown-" + tag + ".example", company);
      assertThat(match.account()).as(company).isNotNull();
      assertThat(match.account().accountId()).as(company).isEqualTo("acme-" + tag);
      assertThat(match.rule()).isEqualTo(AccountMatch.Rule.COMPANY_NAME);
      assertThat(match.confidence()).isEqualByComparingTo("0.70");
    }
  }

  @Test
  void shouldOfferTwoCandidatesWhenTwoAccountsMatchEquallyWell() {
    AccountMatch byName = matcher.match("jane@unknown-" + tag + ".example", "Initech" + tag);
    assertThat(byName.rule()).isEqualTo(AccountMatch.Rule.AMBIGUOUS);
    assertThat(byName.account()).isNull();
    assertThat(byName.candidates()).extracting(AccountMatch.Candidate::accountId)
        .containsExactly("initech-de-" + tag, "initech-us-" + tag);

    AccountMatch byDomain = matcher.match("jane@shared" + tag + ".example", "Umbra" + tag);
    assertThat(byDomain.rule()).isEqualTo(AccountMatch.Rule.AMBIGUOUS);
    assertThat(byDomain.candidates()).hasSize(2);
  }

  @Test
  void shouldHandALeadOfACustomerToTheTeamThatOwnsTheAccountWithTheAccountOnTheReview()
      throws Exception {
    JsonNode lead = postLead("jane@acme" + tag + ".example", "Acme Germany", "DE");

    assertThat(lead.get("status").asText()).isEqualTo("MQL");
    assertThat(lead.get("accountId").asText()).isEqualTo("acme-" + tag);
    assertThat(lead.get("accountMatchRule").asText()).isEqualTo("DOMAIN");
    assertThat(lead.get("accountMatchConfidence").decimalValue()).isEqualByComparingTo("0.95");
    // By territory DE would be sales-emea; the account's owner team wins.
    assertThat(lead.get("team").asText()).isEqualTo("sales-na");
    String review = lead.get("currentTask").get("id").asText();
    JsonNode form = json.readTree(api().as(lead.get("owner").asText(), PASSWORD).get(
        "/engine-rest/task/" + review + "/form-variables?deserializeValues=false").body());
    assertThat(form.get("leadAccount").get("value").asText())
        .startsWith("ACME" + tag + " GmbH (acme-" + tag + "), customer, owned by sales-na")
        .contains("matched by DOMAIN (confidence 0.95)");
    assertThat(form.get("leadAccountHealth").get("value").asText()).isEqualTo("-");
  }

  @Test
  void shouldLetMarketingOpsChooseAmongTwoCandidatesAndRefuseAForeignAccount()
      throws Exception {
    JsonNode lead = postLead("jane@unknown-" + tag + ".example", "Initech" + tag, "DE");
    assertThat(lead.get("accountMatchRule").asText()).isEqualTo("AMBIGUOUS");
    JsonNode task = lead.get("currentTask");
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ChooseAccount");
    String choose = "/engine-rest/task/" + task.get("id").asText() + "/complete";

    assertThat(api().as(MARKETING_OPS, PASSWORD).postJson(choose,
        "{\"variables\": {\"account\": {\"value\": \"acme-" + tag + "\"}}}").statusCode())
        .isEqualTo(400);
    assertThat(api().as(MARKETING_OPS, PASSWORD).postJson(choose,
        "{\"variables\": {\"account\": {\"value\": \"initech-us-" + tag + "\"}}}")
        .statusCode()).isEqualTo(204);
    Jobs.runDue(managementService, lead.get("processInstanceId").asText());

    JsonNode chosen = lead(lead.get("id").asLong());
    assertThat(chosen.get("accountId").asText()).isEqualTo("initech-us-" + tag);
    assertThat(chosen.get("accountMatchRule").asText()).isEqualTo("CHOSEN");
    assertThat(chosen.get("team").asText()).isEqualTo("sales-apac");
    assertThat(chosen.get("currentTask").get("taskDefinitionKey").asText())
        .isEqualTo("Task_ReviewLead");
  }

  @Test
  void shouldRouteByTerritoryWhenTheAccountNamesAGroupThatIsNoSalesTeam() throws Exception {
    JsonNode lead = postLead("jane@rogue" + tag + ".example", "Rogue", "DE");

    assertThat(lead.get("accountId").asText()).isEqualTo("rogue-" + tag);
    assertThat(lead.get("team").asText()).isEqualTo("sales-emea");
  }

  private JsonNode postLead(String email, String company, String country) throws Exception {
    JsonNode created = json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "match", "email": "%s", "firstName": "Jane", "lastName": "Doe",
         "company": "%s", "country": "%s", "companySize": 800, "jobTitle": "VP Sales"}"""
        .formatted(email, company, country)).body());
    Jobs.runDue(managementService, created.get("processInstanceId").asText());
    return lead(created.get("id").asLong());
  }

  private JsonNode lead(long id) throws Exception {
    return json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/" + id).body());
  }
}

package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.CreditedLeads;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaign ROI on a known data set, every figure worked out by hand in the comments; deals and
 * spend arrive through their CSV imports as Sales and Finance send them.
 */
class CampaignRoiTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcClient jdbc;
  @Autowired BudgetLedger ledger;
  @Autowired BudgetRequestRepository requests;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String quarter = TestClock.quarter();

  @Test
  void shouldComputeRevenueSpendRoiAndCostsPerLead() throws Exception {
    long campaign = campaign("ROI " + tag);
    long won = lead("won", "SYNCED", campaign);
    long accepted = lead("accepted", "ACCEPTED", campaign);
    lead("mql", "MQL", campaign);
    lead("nurture", "NURTURE", campaign);
    attribute(won, campaign, "0.500000");
    attribute(accepted, campaign, "0.250000");

    JsonNode deals = importCsv("sarah", "deals", "Deal ID,Contact Email,Amount,Currency,Stage\n"
        + "D1-" + tag + ",won-" + tag + "@roi.example,10000,EUR,Closed Won\n"
        + "D2-" + tag + ",won-" + tag + "@roi.example,5000,EUR,Closed Lost\n"
        + "D3-" + tag + ",accepted-" + tag + "@roi.example,8000.00,EUR,closed-won\n"
        + "D4-" + tag + ",accepted-" + tag + "@roi.example,100,USD,Closed Won\n"
        + "D5-" + tag + ",nobody-" + tag + "@roi.example,1,EUR,Closed Won\n");
    assertThat(deals.get("created").asInt()).isEqualTo(4);
    assertThat(deals.get("rejected").asInt()).isEqualTo(1);
    // Invoices dated in this quarter, so that they are in its budget export below.
    String invoiced = TestClock.quarterStart().plusDays(32).toString();
    String invoicedLater = TestClock.quarterStart().plusDays(50).toString();
    JsonNode spend = importCsv("fiona", "budget-spend",
        "reference,date,channel,amount,currency,campaign\n"
        + "R1-" + tag + "," + invoiced + ",webinar,2000.00,EUR,ROI " + tag + "\n"
        + "R2-" + tag + "," + invoicedLater + ",webinar,500,EUR,ROI " + tag + "\n"
        + "R3-" + tag + "," + invoicedLater + ",webinar,1,EUR,Unknown " + tag + "\n");
    assertThat(spend.get("created").asInt()).isEqualTo(2);
    assertThat(spend.get("rejected").asInt()).isEqualTo(1);

    JsonNode roi = roi("fiona", campaign);

    // Revenue: 50% of the won lead's 10,000 closed-won (the lost deal does not count)
    // + 25% of the accepted lead's 8,000 (its USD deal has no close date, so no rate: left out
    // and flagged) = 5,000 + 2,000 = 7,000.00
    assertThat(roi.get("revenue").asText()).isEqualTo("7000.00");
    assertThat(roi.get("missingRates")).extracting(JsonNode::asText)
        .containsExactly("USD->EUR (no close date)");
    // Spend: Finance's two actuals booked against the campaign: 2,000 + 500
    assertThat(roi.get("spend").asText()).isEqualTo("2500.00");
    assertThat(roi.get("spendEstimated").asBoolean()).isFalse();
    // ROI: (7,000 - 2,500) / 2,500 = 1.8
    assertThat(new BigDecimal(roi.get("roi").asText())).isEqualByComparingTo("1.8");
    // 4 leads touched, 3 reached MQL (SYNCED, ACCEPTED, MQL), 2 accepted (SYNCED, ACCEPTED)
    assertThat(roi.get("leads").asLong()).isEqualTo(4);
    assertThat(roi.get("mqls").asLong()).isEqualTo(3);
    assertThat(roi.get("acceptedLeads").asLong()).isEqualTo(2);
    // 2,500 / 4 = 625.00; 2,500 / 3 = 833.33 (rounded half up); 2,500 / 2 = 1,250.00
    assertThat(roi.get("costPerLead").asText()).isEqualTo("625.00");
    assertThat(roi.get("costPerMql").asText()).isEqualTo("833.33");
    assertThat(roi.get("costPerAcceptedLead").asText()).isEqualTo("1250.00");

    String export = api().as("fiona", "demo").get("/api/exports/campaign-roi.csv").body();
    assertThat(export).startsWith("campaign_id,campaign,channel,currency,revenue,spend,"
        + "spend_estimated,roi,leads,mqls,accepted_leads,cost_per_lead,cost_per_mql,"
        + "cost_per_accepted_lead,window_ends_on,final,missing_rates")
        .contains(campaign + ",ROI " + tag
        + ",webinar,EUR,7000.00,2500.00,false,1.8000,4,3,2,625.00,833.33,1250.00,,false,"
        + "USD->EUR (no close date)");
    String budget = api().as("fiona", "demo").get("/api/exports/budget.csv?quarter=" + quarter)
        .body();
    assertThat(budget).startsWith("quarter,channel,currency,allocated,committed,spent,released,"
        + "remaining,overCommitment,overCommittedCampaigns").contains(quarter + ",webinar,")
        // Actuals against a campaign that committed nothing in the line: all over.
        .contains("ROI " + tag + ": 2500.00");
    assertThat(api().as("fiona", "demo").get("/api/exports/budget.csv?quarter=Q4").statusCode())
        .isEqualTo(400);
    assertThat(api().as("sam", "demo").get("/api/exports/budget.csv").statusCode())
        .isEqualTo(403);

    // The next request of the channel shows its approvers this campaign's return.
    JsonNode next = JSON.readTree(api().as("mia", "demo").postJson("/api/budget-requests", """
        {"campaignName": "Next %s", "channel": "webinar", "quarter": "%s", "amount": "10",
         "currency": "EUR"}""".formatted(tag, quarter)).body());
    String approval = taskService.createTaskQuery()
        .processInstanceId(next.get("processInstanceId").asText()).singleResult().getId();
    assertThat((String) taskService.getVariableLocal(approval, "channelRoi"))
        .contains("ROI " + tag + ": ROI 1.8000, spend 2500.00 EUR");
    assertThat((String) taskService.getVariableLocal(approval, "overCommitment"))
        .contains("ROI " + tag + ": 2500.00 actual against 0.00 committed, 2500.00 EUR over");
  }

  @Test
  void shouldEstimateSpendFromTheCommitmentUntilFinanceBooksActuals() throws Exception {
    long campaign = campaign("Estimated " + tag);
    long request = requests.insert(new NewBudgetRequest(campaign, "Estimated " + tag, "events",
        quarter, 300_000, "EUR", null, null, null, null), "mia",
        BudgetRequestStatus.SUBMITTED, TestClock.offsetNow());
    ledger.commit(request, campaign, quarter, "events", 300_000, "EUR", true, "mia");

    JsonNode roi = roi("mia", campaign);

    // No revenue yet against 3,000 committed: ROI -1, no leads, so no cost per lead.
    assertThat(roi.get("spend").asText()).isEqualTo("3000.00");
    assertThat(roi.get("spendEstimated").asBoolean()).isTrue();
    assertThat(new BigDecimal(roi.get("roi").asText())).isEqualByComparingTo("-1");
    assertThat(roi.get("costPerLead").isNull()).isTrue();
  }

  @Test
  void shouldConvertDealsWithFinancesRatesAndFlagAMissingRate() throws Exception {
    // docs/budget.md, "Campaign ROI", the conversion example; its dates relative to the clock.
    long campaign = campaign("Fx " + tag);
    long request = requests.insert(new NewBudgetRequest(campaign, "Fx " + tag, "events",
        quarter, 100_000, "EUR", null, null, null, null), "mia",
        BudgetRequestStatus.APPROVED, TestClock.offsetNow());
    ledger.commit(request, campaign, quarter, "events", 100_000, "EUR", true, "mia");
    long buyer = lead("buyer", "SYNCED", campaign);
    attribute(buyer, campaign, "1.000000");
    LocalDate closed = TestClock.today().minusDays(30);
    JsonNode rates = importCsv("fiona", "fx-rates", "date,from,to,rate\n"
        + closed.minusDays(1) + ",USD,EUR,0.9\n"
        + closed.plusDays(1) + ",USD,EUR,0.95\n"
        + closed + ",EUR,GBP,0.85\n");
    assertThat(rates.get("created").asInt()).isEqualTo(3);
    String email = "buyer-" + tag + "@roi.example";
    importCsv("sarah", "deals", "Deal ID,Contact Email,Amount,Currency,Stage,Close Date\n"
        + "F1-" + tag + "," + email + ",1000.00,EUR,Closed Won," + closed + "\n"
        + "F2-" + tag + "," + email + ",1000.05,USD,Closed Won," + closed + "\n"
        + "F3-" + tag + "," + email + ",100.01,GBP,Closed Won," + closed + "\n"
        + "F4-" + tag + "," + email + ",500.00,CHF,Closed Won," + closed + "\n");

    JsonNode roi = roi("fiona", campaign);

    // 1,000.00 EUR as it is: 100000 cents.
    // 1,000.05 USD at the day before's 0.9 (the later 0.95 is not yet valid):
    //   100005 x 0.9 = 90004.5, half even 90004 (half up would give 90005).
    // 100.01 GBP through the inverse pair EUR->GBP 0.85: 10001 / 0.85 = 11765.88..., 11766.
    // 500.00 CHF: no CHF rate, left out and flagged.
    // 100000 + 90004 + 11766 = 201770: 2,017.70 EUR; ROI (2,017.70 - 1,000) / 1,000 = 1.0177.
    assertThat(roi.get("revenue").asText()).isEqualTo("2017.70");
    assertThat(roi.get("roi").asText()).isEqualTo("1.0177");
    assertThat(roi.get("missingRates")).extracting(JsonNode::asText)
        .containsExactly("CHF->EUR on " + closed);
    assertThat(exportCsv()).contains(campaign + ",Fx " + tag + ",webinar,EUR,2017.70,1000.00,"
        + "true,1.0177,1,1,1,1000.00,1000.00,1000.00,,false,CHF->EUR on " + closed);
  }

  @Test
  void shouldShowTheRoiToDateUntilTheAttributionWindowIsOver() throws Exception {
    long campaign = campaign("Window " + tag);
    LocalDate end = TestClock.yesterday();
    long request = requests.insert(new NewBudgetRequest(campaign, "Window " + tag, "events",
        quarter, 100_000, "EUR", null, null, end, null), "mia",
        BudgetRequestStatus.APPROVED, TestClock.offsetNow());
    ledger.commit(request, campaign, quarter, "events", 100_000, "EUR", true, "mia");
    String line = campaign + ",Window " + tag + ",webinar,EUR,0.00,1000.00,true,-1.0000,0,0,0"
        + ",,,," + end.plusDays(90) + ",";

    // The day after its end: the window (default 90 days) is open, so this is ROI to date.
    JsonNode toDate = roi("fiona", campaign);
    assertThat(toDate.get("final").asBoolean()).isFalse();
    assertThat(toDate.get("windowEndsOn").asText()).isEqualTo(end.plusDays(90).toString());
    assertThat(exportCsv()).contains(line + "false");

    // 06:00 (business zone) on end + 90 days, when the ROI review starts: final.
    TestClock.advanceTo(end.plusDays(90), 6);
    JsonNode done = roi("fiona", campaign);
    assertThat(done.get("final").asBoolean()).isTrue();
    assertThat(done.get("windowEndsOn").asText()).isEqualTo(end.plusDays(90).toString());
    assertThat(exportCsv()).contains(line + "true");
  }

  @Test
  void shouldNeverCallTheRoiOfACampaignWithoutEndDateFinal() throws Exception {
    long campaign = campaign("Open " + tag);
    long request = requests.insert(new NewBudgetRequest(campaign, "Open " + tag, "events",
        quarter, 100_000, "EUR", null, null, null, null), "mia",
        BudgetRequestStatus.APPROVED, TestClock.offsetNow());
    ledger.commit(request, campaign, quarter, "events", 100_000, "EUR", true, "mia");

    JsonNode roi = roi("fiona", campaign);

    assertThat(roi.get("final").asBoolean()).isFalse();
    assertThat(roi.get("windowEndsOn").isNull()).isTrue();
  }

  private String exportCsv() {
    return api().as("fiona", "demo").get("/api/exports/campaign-roi.csv").body();
  }

  @Test
  void shouldKeepSalesRepsOutAndAnswer404ForAnUnknownCampaign() {
    assertThat(api().as("sam", "demo").get("/api/campaigns/1/roi").statusCode()).isEqualTo(403);
    assertThat(api().as("fiona", "demo").get("/api/campaigns/999999/roi").statusCode())
        .isEqualTo(404);
  }

  private JsonNode roi(String user, long campaign) throws Exception {
    var response = api().as(user, "demo").get("/api/campaigns/" + campaign + "/roi");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode importCsv(String user, String kind, String csv) throws Exception {
    var response = api().as(user, "demo").postFile("/api/imports/" + kind, "file", kind + ".csv",
        csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private long campaign(String name) throws Exception {
    var response = api().as("mia", "demo").postJson("/api/campaigns",
        "{\"name\": \"" + name + "\", \"channel\": \"webinar\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("id").asLong();
  }

  private long lead(String who, String status, long campaign) {
    return CreditedLeads.lead(jdbc, "roi-test", who + "-" + tag + "@roi.example", status,
        campaign);
  }

  private void attribute(long lead, long campaign, String share) {
    CreditedLeads.credit(jdbc, lead, campaign, share);
  }
}

package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole loop with the real delegates: an approved campaign ends, its attribution window
 * passes, its ROI is below the channel's target, a marketing manager decides STOP, the
 * commitment still open goes back, Finance is mailed, and the approvers of the channel's next
 * request see the decision.
 */
class CampaignRoiReviewTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  @Autowired CampaignRoiReview roiReview;

  @Test
  void shouldStopAnUnderperformingCampaignReleaseWhatIsOpenAndInformFinance() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String channel = "events-" + tag;
    String quarter = TestClock.quarter();
    // A campaign of this quarter's budget that ends in ten days (maybe in the next quarter).
    LocalDate end = TestClock.today().plusDays(10);
    assertThat(api().as("fiona", "demo").putJson("/api/budget/plans/" + quarter + "/" + channel,
        "{\"allocated\": \"50000\", \"currency\": \"EUR\"}").statusCode()).isEqualTo(200);
    assertThat(api().as("mia", "demo").postJson("/api/campaigns",
        "{\"name\": \"Fair " + tag + "\", \"channel\": \"" + channel + "\"}").statusCode())
        .isEqualTo(201);
    JsonNode request = JSON.readTree(api().as("mia", "demo").postJson("/api/budget-requests", """
        {"campaignName": "Fair %s", "channel": "%s", "quarter": "%s", "amount": "3000",
         "currency": "EUR", "campaignEndDate": "%s"}""".formatted(tag, channel, quarter, end))
        .body());
    String process = request.get("processInstanceId").asText();
    Task approval = taskService.createTaskQuery().processInstanceId(process).singleResult();
    assertThat(api().as("max", "demo").postJson("/engine-rest/task/" + approval.getId()
        + "/complete", "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}").statusCode())
        .isEqualTo(204);
    Jobs.runDue(managementService, process);
    // While the campaign runs, Finance books an invoice of today against it.
    assertThat(api().as("fiona", "demo").postFile("/api/imports/budget-spend", "file", "s.csv",
        "reference,date,channel,amount,currency,campaign\n"
            + "F-" + tag + "," + TestClock.today() + "," + channel + ",1200,EUR,Fair " + tag + "\n")
        .statusCode()).isEqualTo(200);
    // Paid out of the commitment: 1,800 still committed, 1,200 actual, 47,000 remain (the
    // invoice is not counted a second time on top of the commitment).
    JsonNode running = line(quarter, channel);
    assertThat(running.get("committed").asText()).isEqualTo("1800.00");
    assertThat(running.get("actual").asText()).isEqualTo("1200.00");
    assertThat(running.get("remaining").asText()).isEqualTo("47000.00");

    // The review waits for the attribution window: 06:00 (business zone) on end + 90 days...
    assertThat(Jobs.timerDue(managementService, process,
        BudgetApprovalProcess.EVENT_CAMPAIGN_ENDED))
        .isEqualTo(end.plusDays(90).atTime(6, 0).atZone(TestClock.zone()).toInstant());
    // ...not the morning after the end, when the ROI is only one to date...
    TestClock.advanceTo(end.plusDays(1), 6);
    Jobs.runDueInTree(managementService, runtimeService, process);
    assertThat(taskService.createTaskQuery().processDefinitionKey(CampaignRoiReviewProcess.KEY)
        .processInstanceBusinessKey(request.get("id").asText()).count()).isZero();
    // ...and starts when the window is over.
    TestClock.advanceTo(end.plusDays(90), 6);
    Jobs.runDueInTree(managementService, runtimeService, process);

    // No revenue against 1,200 spent: ROI -1, below the target 1 of this channel.
    Task review = taskService.createTaskQuery().processDefinitionKey(CampaignRoiReviewProcess.KEY)
        .processInstanceBusinessKey(request.get("id").asText()).singleResult();
    assertThat(review.getName()).isEqualTo("Review campaign performance: Fair " + tag
        + " (ROI -1.0000, target 1.0)");
    assertThat((String) taskService.getVariableLocal(review.getId(), "roiFigures"))
        .startsWith("Revenue 0.00 EUR, spend 1200.00");
    // Mia is in marketing, not marketing-managers: her decision is refused, nothing recorded.
    taskService.addCandidateUser(review.getId(), "mia");
    assertThat(api().as("mia", "demo").postJson("/engine-rest/task/" + review.getId()
        + "/complete", "{\"variables\": {\"reviewDecision\": {\"value\": \"STOP\"}}}")
        .statusCode()).isEqualTo(400);
    assertThat(line(quarter, channel).get("committed").asText()).isEqualTo("1800.00");
    assertThat(api().as("max", "demo").postJson("/engine-rest/task/" + review.getId()
        + "/complete", "{\"variables\": {\"reviewDecision\": {\"value\": \"STOP\"},"
        + " \"reviewComment\": {\"value\": \"Fairs do not pay\"}}}").statusCode()).isEqualTo(204);

    Map<String, Object> recorded = jdbc.sql("""
            select decision, decided_by, released_minor, below_target from campaign_review
            where request_id = :id""").param("id", request.get("id").asLong()).query()
        .singleRow();
    assertThat(recorded.values()).containsExactly("STOP", "max", 180_000L, true);
    JsonNode line = line(quarter, channel);
    // 3,000 committed, 1,200 of it spent, the other 1,800 released at the STOP: nothing is open,
    // and 50,000 - 0 open - 1,200 actual = 48,800 remain (docs/budget.md, "Plan versus actual").
    assertThat(line.get("committed").asText()).isEqualTo("0.00");
    assertThat(line.get("actual").asText()).isEqualTo("1200.00");
    assertThat(line.get("spent").asText()).isEqualTo("1200.00");
    assertThat(line.get("released").asText()).isEqualTo("1800.00");
    assertThat(line.get("remaining").asText()).isEqualTo("48800.00");
    assertThat(line.get("overCommitment")).isEmpty();
    // One RELEASED entry, booked by the decider: Task_ReleaseUnspent found nothing more open.
    assertThat(jdbc.sql("""
            select booked_by from budget_ledger where request_id = :id and entry_type = 'RELEASED'
            """).param("id", request.get("id").asLong()).query(String.class).list())
        .containsExactly("max");
    String mail = MailOutbox.find(DATA_DIR, "Subject: Campaign review: STOP Fair " + tag);
    assertThat(mail).contains("fiona@", "Decided by: max", "Comment: Fairs do not pay",
        "Revenue: 0.00 EUR", "Spend: 1200.00 EUR", "ROI: -1.0000", "Target ROI: 1.0000",
        "Released to the channel's budget: 1800.00 EUR");
    long reviewId = jdbc.sql("select id from campaign_review where request_id = :id")
        .param("id", request.get("id").asLong()).query(Long.class).single();
    // The release step run again (a retry): nothing more released, Finance not mailed twice.
    roiReview.releaseUnspent(request.get("id").asLong(), reviewId, 1.0, true);
    assertThat(line(quarter, channel).get("released").asText()).isEqualTo("1800.00");
    assertThat(MailOutbox.count(DATA_DIR, "Subject: Campaign review: STOP Fair " + tag)).isOne();

    // The channel's next request: its approvers see the decision on the approval form.
    JsonNode next = JSON.readTree(api().as("mia", "demo").postJson("/api/budget-requests", """
        {"campaignName": "Fair %s", "channel": "%s", "quarter": "%s", "amount": "500",
         "currency": "EUR"}""".formatted(tag, channel, quarter)).body());
    Task nextApproval = taskService.createTaskQuery()
        .processInstanceId(next.get("processInstanceId").asText()).singleResult();
    assertThat((String) taskService.getVariableLocal(nextApproval.getId(), "channelReviews"))
        .isEqualTo("Fair " + tag + " (" + quarter + "): ROI -1 vs target 1, STOP by max on "
            + TestClock.today());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(process).count())
        .isZero();
    // Finance and marketing managers follow both processes in Cockpit; a sales rep does not.
    String definitions =
        "/engine-rest/process-definition?key=campaign-roi-review&firstResult=0&maxResults=50";
    assertThat(api().as("fiona", "demo").get(definitions).body()).contains("campaign-roi-review");
    assertThat(api().as("max", "demo").get(definitions).body()).contains("campaign-roi-review");
    assertThat(api().as("sam", "demo").get(definitions).body()).isEqualTo("[]");
  }

  private JsonNode line(String quarter, String channel) throws Exception {
    for (JsonNode candidate : JSON.readTree(api().as("fiona", "demo")
        .get("/api/budget/summary?quarter=" + quarter).body()).get("channels")) {
      if (candidate.get("channel").asText().equals(channel)) {
        return candidate;
      }
    }
    throw new AssertionError("No " + channel + " in the summary of " + quarter);
  }
}

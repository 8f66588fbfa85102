package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_BELOW_TARGET;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_ID;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_TARGET_ROI;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseUnspent: the campaign has ended, so what its request committed and Finance did not
 * book as spent goes back to the channel's budget (a RELEASED entry). Without a known campaign
 * there are no actuals to compare with, and nothing is released.
 */
@Component("releaseUnspentBudgetDelegate")
class ReleaseUnspentBudgetDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ReleaseUnspentBudgetDelegate.class);

  private final BudgetRequestRepository requests;
  private final BudgetRepository budget;
  private final CampaignReviewRepository reviews;
  private final Clock clock;

  ReleaseUnspentBudgetDelegate(BudgetRequestRepository requests, BudgetRepository budget,
      CampaignReviewRepository reviews, Clock clock) {
    this.requests = requests;
    this.budget = budget;
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    long reviewId = ((Number) execution.getVariable(VAR_REVIEW_ID)).longValue();
    Object target = execution.getVariable(VAR_TARGET_ROI);
    reviews.recordTarget(reviewId, target == null ? null
        : BigDecimal.valueOf(((Number) target).doubleValue()),
        Boolean.TRUE.equals(execution.getVariable(VAR_BELOW_TARGET)));
    if (request.campaignId() == null) {
      log.info("Budget request {} names no known campaign: nothing released", request.id());
      return;
    }
    long committed = reviews.ledgerSum(request.id(), LedgerEntryType.COMMITTED);
    long released = reviews.ledgerSum(request.id(), LedgerEntryType.RELEASED);
    long spent = budget.campaignTotals(request.campaignId()).get(LedgerEntryType.SPENT);
    long unspent = committed - released - spent;
    if (unspent > 0) {
      budget.book(request.quarter(), request.channel(), LedgerEntryType.RELEASED, unspent,
          request.currency(), request.id(), request.campaignId(), null, "campaign-roi-review",
          OffsetDateTime.now(clock));
      reviews.recordReleased(reviewId, unspent);
      log.info("Budget request {}: {} {} released", request.id(), Money.format(unspent),
          request.currency());
    }
  }
}

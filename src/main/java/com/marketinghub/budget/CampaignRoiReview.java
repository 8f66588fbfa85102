package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.security.GroupMembers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The steps of campaign-roi-review on plain ids and values, for its delegates and listener: the
 * ROI computed and stored as a campaign_review row, the marketing manager's review task, and
 * the unspent commitment released. A review decision that cannot be recorded is refused with a
 * {@link BadUserRequestException} (the task's 400).
 */
@Service
class CampaignRoiReview {

  private static final Logger log = LoggerFactory.getLogger(CampaignRoiReview.class);

  static final Set<String> DECISIONS = Set.of("KEEP", "REDUCE", "STOP");

  private final BudgetRequestRepository requests;
  private final RoiCalculator calculator;
  private final CampaignReviewRepository reviews;
  private final BudgetLedger ledger;
  private final BudgetApprovalProperties properties;
  private final GroupMembers members;
  private final CampaignReviewMail mail;
  private final Clock clock;

  CampaignRoiReview(BudgetRequestRepository requests, RoiCalculator calculator,
      CampaignReviewRepository reviews, BudgetLedger ledger,
      BudgetApprovalProperties properties, GroupMembers members, CampaignReviewMail mail,
      Clock clock) {
    this.requests = requests;
    this.calculator = calculator;
    this.reviews = reviews;
    this.ledger = ledger;
    this.properties = properties;
    this.members = members;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Task_ComputeRoi: the request's campaign's ROI as it stands, stored as a campaign_review row;
   * a request with no known campaign has no ROI (nothing to review, but its unspent budget is
   * still looked at).
   */
  Computed computeRoi(long requestId) {
    BudgetRequest request = requests.get(requestId);
    CampaignRoi roi = request.campaignId() == null ? null
        : calculator.roi(request.campaignId()).orElse(null);
    long reviewId = reviews.insert(request.id(), roi, OffsetDateTime.now(clock));
    log.info("Budget request {}: campaign ROI {}", request.id(),
        roi == null ? "unknown (no campaign)" : roi.roi());
    return new Computed(reviewId, request.channel(),
        roi == null || roi.roi() == null ? null : roi.roi().doubleValue());
  }

  /**
   * Task_ReviewCampaignPerformance: the campaign's figures against the channel's target, and
   * the channel's other campaigns.
   *
   * @param targetRoi the channel's target as the decision gave it
   */
  TaskView prepareReview(long requestId, String targetRoi) {
    BudgetRequest request = requests.get(requestId);
    CampaignRoi roi = calculator.roi(request.campaignId()).orElseThrow();
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("roiFigures", figures(roi));
    locals.put("channelHistory", calculator.channelHistory(roi.channel(), roi.campaignId()));
    return new TaskView("Review campaign performance: " + roi.campaign() + " (ROI " + roi.roi()
        + ", target " + targetRoi + ")",
        OffsetDateTime.now(clock).plus(properties.approvalDue()).toInstant(), locals);
  }

  /**
   * Task_ReviewCampaignPerformance completed: KEEP, REDUCE or STOP, recorded with who and why,
   * only by a member of the task's group ({@link CampaignRoiReviewProcess#GROUP_REVIEWERS}, as
   * the engine's identity tables say; nobody, an admin or another group's user is refused).
   * STOP gives back at once what the campaign's commitment still holds open
   * ({@link #releaseStopped}); KEEP and REDUCE release nothing here (Task_ReleaseUnspent does,
   * for every path).
   *
   * @param requestId the request the process is about (its business key)
   * @param reviewId the review Task_ComputeRoi stored, as the process carries it: it must be
   *     one of that request's
   * @param by who decides (authenticated user, else assignee); null for nobody, refused
   */
  void decide(long requestId, long reviewId, String decision, String comment, String by) {
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException("Campaign review: reviewDecision must be one of "
          + DECISIONS.stream().sorted().toList() + ", was " + decision);
    }
    checkReviewOf(requestId, reviewId);
    if (!members.inAny(by, List.of(CampaignRoiReviewProcess.GROUP_REVIEWERS))) {
      throw new BadUserRequestException("User '" + by + "' may not decide on the campaign "
          + "review of budget request " + requestId + ": a member of "
          + CampaignRoiReviewProcess.GROUP_REVIEWERS + " must");
    }
    reviews.recordDecision(reviewId, decision, comment, by, OffsetDateTime.now(clock));
    if ("STOP".equals(decision)) {
      releaseStopped(requests.get(requestId), reviewId, by);
    }
  }

  /**
   * STOP: what the campaign's commitment holds open goes back now, booked by the decider and
   * recorded on the review.
   */
  private void releaseStopped(BudgetRequest request, long reviewId, String by) {
    if (request.campaignId() == null) {
      return;
    }
    long open = ledger.release(request.id(), request.campaignId(), request.quarter(),
        request.channel(), request.currency(), by);
    if (open > 0) {
      reviews.recordReleased(reviewId, open);
      log.info("Budget request {}: campaign stopped, {} {} released", request.id(),
          Money.format(open), request.currency());
    }
  }

  /**
   * Task_ReleaseUnspent: records the channel's target on the review; the campaign has ended, so
   * what its commitment still holds open (committed, less the actuals Finance booked against
   * the campaign in the request's budget line, less what was released) goes back to the
   * channel's budget (a RELEASED entry, {@link BudgetLedger#release}): after a STOP that released
   * it at the decision, nothing. Without a known campaign there are no actuals to compare with,
   * and nothing is released. Then Finance hears of a decision, once ({@link CampaignReviewMail}).
   *
   * @param targetRoi the channel's target as the decision gave it; null when it gave none
   */
  void releaseUnspent(long requestId, long reviewId, Double targetRoi, boolean belowTarget) {
    BudgetRequest request = requests.get(requestId);
    checkReviewOf(requestId, reviewId);
    reviews.recordTarget(reviewId, targetRoi == null ? null : BigDecimal.valueOf(targetRoi),
        belowTarget);
    if (request.campaignId() == null) {
      log.info("Budget request {} names no known campaign: nothing released", request.id());
    } else {
      long unspent = ledger.release(request.id(), request.campaignId(), request.quarter(),
          request.channel(), request.currency(), "campaign-roi-review");
      if (unspent > 0) {
        reviews.recordReleased(reviewId, unspent);
        log.info("Budget request {}: {} {} released", request.id(), Money.format(unspent),
            request.currency());
      }
    }
    mail.informFinance(reviewId);
  }

  /**
   * The review id travels as a process variable, which only the business key's request may
   * own: a review of another request is refused before anything is recorded or released.
   */
  private void checkReviewOf(long requestId, long reviewId) {
    Long owner = reviews.requestOf(reviewId).orElse(null);
    if (owner == null || owner != requestId) {
      throw new IllegalStateException("Campaign review " + reviewId + " is not a review of "
          + "budget request " + requestId + (owner == null ? ": no such review"
          : ": it belongs to request " + owner));
    }
  }

  private static String figures(CampaignRoi roi) {
    return "Revenue " + Money.format(roi.revenue()) + " " + roi.currency() + ", spend "
        + Money.format(roi.spend())
        + (roi.spendEstimated() ? " (committed, no actuals yet)" : "")
        + ", ROI " + roi.roi() + "\n" + roi.leads() + " leads, " + roi.mqls() + " MQLs, "
        + roi.acceptedLeads() + " accepted; cost per lead "
        + Money.format(roi.costPerLead(), "-") + ", per MQL " + Money.format(roi.costPerMql(), "-")
        + ", per accepted lead " + Money.format(roi.costPerAcceptedLead(), "-")
        + (roi.missingRates().isEmpty() ? "" : "\nLeft out of the revenue, without a Finance "
            + "exchange rate (kind fx-rates): " + String.join(", ", roi.missingRates()));
  }

  /**
   * What the ROI step gives the process: the review's row, and the decision's inputs.
   *
   * @param roi null without a known campaign or without spend
   */
  record Computed(long reviewId, String channel, Double roi) {}
}

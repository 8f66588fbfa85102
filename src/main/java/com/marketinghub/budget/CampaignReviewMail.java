package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.notify.PeopleMailer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * campaign-roi-review's mail to Finance (split from {@link CampaignRoiReview} by concern, as
 * {@link BudgetApprovalMail}): a marketing manager's decision with the campaign's figures and
 * what went back to the channel's budget, once per review.
 */
@Service
class CampaignReviewMail {

  static final String FINANCE = "finance";

  private static final Logger log = LoggerFactory.getLogger(CampaignReviewMail.class);

  private final CampaignReviewRepository reviews;
  private final PeopleMailer mailer;
  private final Clock clock;

  CampaignReviewMail(CampaignReviewRepository reviews, PeopleMailer mailer, Clock clock) {
    this.reviews = reviews;
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * Mails the members of {@code finance} the review's decision and figures, after its release.
   * A review without a decision (the target was met) is no news for Finance; a review mailed
   * before (the step retried) is not mailed again.
   */
  void informFinance(long reviewId) {
    CampaignReviewRepository.Review review = reviews.find(reviewId).orElseThrow(() ->
        new IllegalStateException("No campaign review " + reviewId));
    if (review.decision() == null) {
      return;
    }
    if (!reviews.markFinanceMailed(reviewId, OffsetDateTime.now(clock))) {
      log.info("Campaign review {}: Finance was mailed before", reviewId);
      return;
    }
    mailer.send(List.of(), List.of(FINANCE), "Campaign review: " + review.decision() + " "
        + review.campaign() + " (" + review.channel() + ", " + review.quarter() + ")",
        text(review));
  }

  String text(CampaignReviewRepository.Review review) {
    String currency = " " + review.currency();
    return "Marketing managers decided " + review.decision() + " on campaign "
        + review.campaign() + " (channel " + review.channel() + ", quarter " + review.quarter()
        + ").\n\nDecided by: " + review.decidedBy() + " at "
        + review.decidedAt().atZoneSameInstant(clock.getZone()).toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
        + "\nComment: " + (review.comment() == null ? "-" : review.comment())
        + "\n\nRevenue: " + Money.format(review.revenue()) + currency
        + "\nSpend: " + Money.format(review.spend()) + currency
        + "\nROI: " + (review.roi() == null ? "-" : review.roi().toPlainString())
        + "\nTarget ROI: "
        + (review.targetRoi() == null ? "-" : review.targetRoi().toPlainString())
        + "\nReleased to the channel's budget: " + Money.format(review.released()) + currency
        + "\n";
  }
}

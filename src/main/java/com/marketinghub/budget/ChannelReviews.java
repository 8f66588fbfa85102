package com.marketinghub.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The channel's latest campaign review decisions, for the approvers of its later requests
 * (Task_ApproveBudget's {@code channelReviews}): what marketing managers decided when a campaign
 * of the channel returned less than its target.
 */
@Service
class ChannelReviews {

  static final int LATEST = 5;

  private final CampaignReviewRepository reviews;
  private final Clock clock;

  ChannelReviews(CampaignReviewRepository reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  /** One line per decision, newest first: campaign, quarter, ROI vs target, decision, who, when. */
  String latest(String channel) {
    String lines = reviews.decidedInChannel(channel, LATEST).stream()
        .map(review -> review.campaign() + " (" + review.quarter() + "): ROI "
            + plain(review.roi()) + " vs target " + plain(review.targetRoi()) + ", "
            + review.decision() + " by " + review.decidedBy() + " on "
            + review.decidedAt().atZoneSameInstant(clock.getZone()).toLocalDate())
        .collect(Collectors.joining("\n"));
    return lines.isEmpty() ? "No campaign review decisions yet for channel " + channel : lines;
  }

  private static String plain(BigDecimal value) {
    return value == null ? "-" : value.stripTrailingZeros().toPlainString();
  }
}

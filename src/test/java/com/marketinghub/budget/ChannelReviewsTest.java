package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The channel's campaign review decisions as the approvers of its later requests read them
 * (Task_ApproveBudget's {@code channelReviews}), on {@link ChannelReviews} without the engine.
 */
class ChannelReviewsTest {

  private final CampaignReviewRepository reviews = mock(CampaignReviewRepository.class);
  private final ChannelReviews channelReviews = new ChannelReviews(reviews, TestClock.clock());

  @Test
  void shouldListTheLatestDecisionsWithRoiTargetWhoAndWhen() {
    // 23:30 UTC is the next day in the business zone when it is east of UTC: the date shown is
    // the business zone's.
    OffsetDateTime late = OffsetDateTime.of(2026, 10, 1, 23, 30, 0, 0, ZoneOffset.UTC);
    when(reviews.decidedInChannel("events", 5)).thenReturn(List.of(
        review("Fair", "2026-Q3", "-1.0000", "1.0000", "STOP", "max", late),
        review("Webinar", "2026-Q2", null, null, "KEEP", "mona",
            OffsetDateTime.of(2026, 7, 2, 9, 0, 0, 0, ZoneOffset.UTC))));

    assertThat(channelReviews.latest("events")).isEqualTo(
        "Fair (2026-Q3): ROI -1 vs target 1, STOP by max on "
            + late.atZoneSameInstant(TestClock.zone()).toLocalDate() + "\n"
            + "Webinar (2026-Q2): ROI - vs target -, KEEP by mona on 2026-07-02");
  }

  @Test
  void shouldSaySoWhenTheChannelHasNoDecisions() {
    when(reviews.decidedInChannel("events", 5)).thenReturn(List.of());

    assertThat(channelReviews.latest("events"))
        .isEqualTo("No campaign review decisions yet for channel events");
  }

  private static CampaignReviewRepository.Review review(String campaign, String quarter,
      String roi, String target, String decision, String by, OffsetDateTime at) {
    return new CampaignReviewRepository.Review(1L, campaign, "events", quarter, "EUR", 0,
        100_000, roi == null ? null : new BigDecimal(roi),
        target == null ? null : new BigDecimal(target), decision, null, by, at, 0);
  }
}

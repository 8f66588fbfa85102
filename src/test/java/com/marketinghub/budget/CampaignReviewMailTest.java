package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.notify.PeopleMailer;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finance's mail of a campaign review decision, on {@link CampaignReviewMail} alone. */
class CampaignReviewMailTest {

  private final CampaignReviewRepository reviews = mock(CampaignReviewRepository.class);
  private final PeopleMailer mailer = mock(PeopleMailer.class);
  private final CampaignReviewMail mail = new CampaignReviewMail(reviews, mailer,
      TestClock.clock());

  private static CampaignReviewRepository.Review review(String decision) {
    return new CampaignReviewRepository.Review(5L, "Fair", "events", "2026-Q4", "EUR", 0,
        120_000, new BigDecimal("-1.0000"), new BigDecimal("1.0000"), decision,
        "Fairs do not pay", "max", TestClock.offsetNow(), 180_000);
  }

  @Test
  void shouldMailFinanceTheDecisionAndTheFiguresOnce() {
    when(reviews.find(5L)).thenReturn(Optional.of(review("STOP")));
    when(reviews.markFinanceMailed(5L, TestClock.offsetNow())).thenReturn(true);

    mail.informFinance(5L);

    verify(mailer).send(List.of(), List.of("finance"),
        "Campaign review: STOP Fair (events, 2026-Q4)",
        "Marketing managers decided STOP on campaign Fair (channel events, quarter 2026-Q4).\n"
            + "\nDecided by: max at " + TestClock.zonedNow().toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            + "\nComment: Fairs do not pay\n"
            + "\nRevenue: 0.00 EUR\nSpend: 1200.00 EUR\nROI: -1.0000\nTarget ROI: 1.0000"
            + "\nReleased to the channel's budget: 1800.00 EUR\n");
  }

  @Test
  void shouldNotMailAgainWhenTheStepIsRetried() {
    when(reviews.find(5L)).thenReturn(Optional.of(review("STOP")));
    when(reviews.markFinanceMailed(5L, TestClock.offsetNow())).thenReturn(false);

    mail.informFinance(5L);

    verify(mailer, never()).send(any(), any(), anyString(), anyString());
  }

  @Test
  void shouldNotMailAReviewWithoutDecision() {
    when(reviews.find(5L)).thenReturn(Optional.of(review(null)));

    mail.informFinance(5L);

    verify(reviews, never()).markFinanceMailed(anyLong(), any());
    verify(mailer, never()).send(any(), any(), anyString(), anyString());
  }
}

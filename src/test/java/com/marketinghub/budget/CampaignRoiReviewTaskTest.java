package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The marketing manager's review of campaign-roi-review and the release after it, on
 * {@link CampaignRoiReview} without the engine: what the task shows, which decisions it takes
 * and records, and what goes back to the channel's budget.
 */
class CampaignRoiReviewTaskTest {

  private final BudgetRequestRepository requests = mock(BudgetRequestRepository.class);
  private final RoiCalculator calculator = mock(RoiCalculator.class);
  private final CampaignReviewRepository reviews = mock(CampaignReviewRepository.class);
  private final BudgetLedger ledger = mock(BudgetLedger.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final CampaignReviewMail mail = mock(CampaignReviewMail.class);
  private final CampaignRoiReview review = new CampaignRoiReview(requests, calculator, reviews,
      ledger, new BudgetApprovalProperties(Duration.ofDays(3), "R/P1D", "R3/PT5M", "build/none",
          Period.ofDays(90)),
      members, mail, TestClock.clock());

  @BeforeEach
  void anEndedCampaign() {
    when(requests.get(7L)).thenReturn(request(11L));
    when(calculator.roi(11L)).thenReturn(Optional.of(new CampaignRoi(11L, "Fair", "events",
        "EUR", 0, 100_000, false, new BigDecimal("-1.0000"), 40, 10, 4, 2_500L, 10_000L,
        25_000L, null, true, List.of())));
    when(calculator.channelHistory("events", 11L)).thenReturn("Webinar: ROI 0.5000");
    when(reviews.requestOf(5L)).thenReturn(Optional.of(7L));
    when(reviews.requestOf(6L)).thenReturn(Optional.of(7L));
    when(members.inAny(eq("max"), eq(List.of("marketing-managers")))).thenReturn(true);
  }

  private static BudgetRequest request(Long campaignId) {
    return new BudgetRequest(7L, campaignId, "Fair", "events", "2026-Q4", 300_000, "EUR", null,
        null, null, null, "mia", BudgetRequestStatus.APPROVED, false, null, "pi-7");
  }

  @Test
  void shouldShowTheCampaignsFiguresAgainstTheTarget() {
    TaskView view = review.prepareReview(7L, "1.0");

    assertThat(view.name())
        .isEqualTo("Review campaign performance: Fair (ROI -1.0000, target 1.0)");
    assertThat(view.due()).isEqualTo(TestClock.now().plus(Duration.ofDays(3)));
    assertThat(view.locals()).containsExactly(
        Map.entry("roiFigures", "Revenue 0.00 EUR, spend 1000.00, ROI -1.0000\n"
            + "40 leads, 10 MQLs, 4 accepted; cost per lead 25.00, per MQL 100.00, "
            + "per accepted lead 250.00"),
        Map.entry("channelHistory", "Webinar: ROI 0.5000"));
  }

  @Test
  void shouldFlagDealsLeftOutForWantOfAnExchangeRate() {
    when(calculator.roi(11L)).thenReturn(Optional.of(new CampaignRoi(11L, "Fair", "events",
        "EUR", 0, 100_000, false, new BigDecimal("-1.0000"), 40, 10, 4, 2_500L, 10_000L,
        25_000L, null, true, List.of("USD->EUR on 2026-04-02", "GBP->EUR (no close date)"))));

    TaskView view = review.prepareReview(7L, "1.0");

    assertThat((String) view.locals().get("roiFigures")).endsWith("per accepted lead 250.00\n"
        + "Left out of the revenue, without a Finance exchange rate (kind fx-rates): "
        + "USD->EUR on 2026-04-02, GBP->EUR (no close date)");
  }

  @Test
  void shouldRefuseAnUnknownReviewDecisionAndRecordNothing() {
    assertThatThrownBy(() -> review.decide(7L, 5L, "PAUSE", null, "max"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Campaign review: reviewDecision must be one of [KEEP, REDUCE, STOP], "
            + "was PAUSE");
    assertThatThrownBy(() -> review.decide(7L, 5L, null, null, "max"))
        .hasMessage("Campaign review: reviewDecision must be one of [KEEP, REDUCE, STOP], "
            + "was null");
    verify(reviews, never()).recordDecision(anyLong(), any(), any(), any(), any());
  }

  @Test
  void shouldRecordTheReviewDecisionWithWhoAndWhy() {
    review.decide(7L, 5L, "REDUCE", "Fairs do not pay", "max");
    review.decide(7L, 6L, "KEEP", null, "max");

    verify(reviews).recordDecision(5L, "REDUCE", "Fairs do not pay", "max",
        TestClock.offsetNow());
    verify(reviews).recordDecision(6L, "KEEP", null, "max", TestClock.offsetNow());
    // KEEP and REDUCE release nothing at the decision: Task_ReleaseUnspent does, after it.
    verify(ledger, never()).release(anyLong(), any(), any(), any(), any(), any());
  }

  @Test
  void shouldReleaseWhatIsOpenWhenTheCampaignIsStopped() {
    when(ledger.release(7L, 11L, "2026-Q4", "events", "EUR", "max")).thenReturn(180_000L);

    review.decide(7L, 5L, "STOP", "Fairs do not pay", "max");

    verify(reviews).recordDecision(5L, "STOP", "Fairs do not pay", "max",
        TestClock.offsetNow());
    verify(reviews).recordReleased(5L, 180_000);
  }

  @Test
  void shouldRefuseADecisionByNobodyOrOutsideMarketingManagersAndRecordNothing() {
    assertThatThrownBy(() -> review.decide(7L, 5L, "STOP", "mine", "mia"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'mia' may not decide on the campaign review of budget request 7: "
            + "a member of marketing-managers must");
    assertThatThrownBy(() -> review.decide(7L, 5L, "KEEP", null, null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'null' may not decide on the campaign review of budget request 7: "
            + "a member of marketing-managers must");
    verify(reviews, never()).recordDecision(anyLong(), any(), any(), any(), any());
    verify(ledger, never()).release(anyLong(), any(), any(), any(), any(), any());
  }

  @Test
  void shouldRefuseAReviewIdOfAnotherRequestAndRecordOrReleaseNothing() {
    // The review id is a variable; the request is the business key. Review 9 is request 8's.
    when(reviews.requestOf(9L)).thenReturn(Optional.of(8L));
    when(ledger.release(anyLong(), any(), any(), any(), any(), any())).thenReturn(300_000L);

    assertThatThrownBy(() -> review.decide(7L, 9L, "STOP", "forged", "max"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Campaign review 9 is not a review of budget request 7: it belongs to "
            + "request 8");
    assertThatThrownBy(() -> review.releaseUnspent(7L, 9L, 1.0, true))
        .hasMessage("Campaign review 9 is not a review of budget request 7: it belongs to "
            + "request 8");
    assertThatThrownBy(() -> review.releaseUnspent(7L, 404L, 1.0, true))
        .hasMessage("Campaign review 404 is not a review of budget request 7: no such review");
    verify(reviews, never()).recordDecision(anyLong(), any(), any(), any(), any());
    verify(reviews, never()).recordTarget(anyLong(), any(), org.mockito.ArgumentMatchers.anyBoolean());
    verify(ledger, never()).release(anyLong(), any(), any(), any(), any(), any());
    verify(mail, never()).informFinance(anyLong());
  }

  @Test
  void shouldReleaseWhatTheCommitmentStillHoldsOpenAndRecordIt() {
    // The amount is the ledger's (BudgetLedgerTableTest replays it); recorded on the review.
    when(ledger.release(7L, 11L, "2026-Q4", "events", "EUR", "campaign-roi-review"))
        .thenReturn(150_000L);

    review.releaseUnspent(7L, 5L, 1.0, true);

    verify(reviews).recordTarget(5L, BigDecimal.valueOf(1.0), true);
    verify(reviews).recordReleased(5L, 150_000);
    verify(mail).informFinance(5L);
  }

  @Test
  void shouldRecordNoReleaseWhenNothingIsOpen() {
    when(ledger.release(7L, 11L, "2026-Q4", "events", "EUR", "campaign-roi-review"))
        .thenReturn(0L);

    review.releaseUnspent(7L, 5L, 1.0, false);

    verify(reviews).recordTarget(5L, BigDecimal.valueOf(1.0), false);
    verify(reviews, never()).recordReleased(anyLong(), anyLong());
  }

  @Test
  void shouldReleaseNothingWithoutAKnownCampaign() {
    when(requests.get(7L)).thenReturn(request(null));

    review.releaseUnspent(7L, 5L, null, false);

    verify(reviews).recordTarget(5L, null, false);
    verify(ledger, never()).release(anyLong(), any(), any(), any(), any(), any());
    verify(reviews, never()).recordReleased(anyLong(), anyLong());
    verify(mail).informFinance(5L);
  }
}

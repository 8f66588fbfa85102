package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * A channel's return over one quarter: each campaign's spend in that quarter and channel, its
 * revenue in proportion, campaigns in another currency left out and the doubtful ones counted.
 */
class ChannelReturnsTest {

  private final BudgetRepository budget = mock(BudgetRepository.class);
  private final RoiCalculator roi = mock(RoiCalculator.class);
  private final ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
  private final ChannelReturns returns =
      new ChannelReturns(budget, roi, engine);

  private static CampaignRoi campaign(long id, String currency, long revenue, long spend,
      boolean estimated, LocalDate windowEndsOn, boolean isFinal, List<String> missing) {
    return new CampaignRoi(id, "C" + id, "webinar", currency, revenue, spend, estimated, null,
        0, 0, 0, null, null, null, windowEndsOn, isFinal, missing);
  }

  private static Map<LedgerEntryType, Long> line(long committed, long spent, long released) {
    Map<LedgerEntryType, Long> sums = new EnumMap<>(LedgerEntryType.class);
    sums.put(LedgerEntryType.COMMITTED, committed);
    sums.put(LedgerEntryType.SPENT, spent);
    sums.put(LedgerEntryType.RELEASED, released);
    return sums;
  }

  @Test
  void shouldCountEachCampaignsSpendInTheQuarterAndItsRevenueInProportion() {
    when(budget.plans("2026-Q3")).thenReturn(List.of(
        new BudgetRepository.Plan("2026-Q3", "webinar", 5_000_00, "EUR")));
    when(budget.campaignsBooked("2026-Q3", "webinar")).thenReturn(List.of(1L, 2L, 3L));
    // 1: 2,000 of its 4,000 actuals in this quarter (the rest in the next): half its 10,000
    when(roi.roi(1L)).thenReturn(Optional.of(campaign(1, "EUR", 10_000_00, 4_000_00, false,
        null, false, List.of())));
    when(budget.campaignTotals(1L, "2026-Q3", "webinar")).thenReturn(line(0, 2_000_00, 0));
    // 2: no actual yet: its commitment here less what was released, 2,000 of 2,000; no revenue
    // so far, its window still open, a deal without a rate
    when(roi.roi(2L)).thenReturn(Optional.of(campaign(2, "EUR", 0, 2_000_00, true,
        LocalDate.of(2026, 12, 30), false, List.of("USD->EUR on 2026-08-01"))));
    when(budget.campaignTotals(2L, "2026-Q3", "webinar"))
        .thenReturn(line(3_000_00, 0, 1_000_00));
    // 3: booked in USD against a EUR plan: left out
    when(roi.roi(3L)).thenReturn(Optional.of(campaign(3, "USD", 9_000_00, 1_000_00, false,
        null, false, List.of())));
    when(engine.getDecisionService().evaluateDecisionTableByKey(eq("roi-review"), any(Map.class))
        .getSingleResult().getEntryMap())
        .thenReturn(Map.of("targetRoi", 1.0, "belowTarget", true));

    ChannelReturn webinar = returns.of("2026-Q3").get(0);

    assertThat(webinar.spend()).isEqualTo(4_000_00);
    assertThat(webinar.revenue()).isEqualTo(5_000_00);
    assertThat(webinar.campaigns()).isEqualTo(2);
    assertThat(webinar.otherCurrencyCampaigns()).isEqualTo(1);
    assertThat(webinar.openWindowCampaigns()).isEqualTo(1);
    assertThat(webinar.missingRateCampaigns()).isEqualTo(1);
    // (5,000 - 4,000) / 4,000
    assertThat(webinar.roi()).isEqualByComparingTo("0.25");
    assertThat(webinar.targetRoi()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(webinar.belowTarget()).isTrue();
  }
}

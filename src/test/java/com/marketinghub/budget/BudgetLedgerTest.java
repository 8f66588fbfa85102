package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.budget.BudgetLedger.Commitment;
import com.marketinghub.common.Money;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ledger arithmetic in minor units, on the real database; each test on a channel of its own, in
 * the current quarter.
 */
class BudgetLedgerTest extends ApplicationTest {

  @Autowired BudgetLedger ledger;
  @Autowired BudgetRepository budget;
  @Autowired BudgetRequestRepository requests;
  @Autowired JdbcClient jdbc;

  private final String quarter = TestClock.quarter();
  private String channel;

  private Commitment commit(String line, long amount, String currency, boolean mayGoOver) {
    return ledger.commit(request(amount), quarter, line, amount, currency, mayGoOver, "mia");
  }

  private long request(long amount) {
    return requests.insert(new NewBudgetRequest(null, "Campaign " + channel, channel, quarter,
        amount, "EUR", null, null, null, null), "mia", BudgetRequestStatus.SUBMITTED,
        TestClock.offsetNow());
  }

  @BeforeEach
  void plan() {
    channel = "ch-" + UUID.randomUUID().toString().substring(0, 8);
    budget.savePlan(new BudgetRepository.Plan(quarter, channel, 1_000_000, "EUR"), "fiona",
        TestClock.offsetNow());
  }

  @Test
  void shouldCountAnOpenCommitmentActualsWithoutCampaignAndWhatWasReleased() {
    long request = request(400_001);
    ledger.commit(request, quarter, channel, 400_001, "EUR", false, "mia");
    budget.book(quarter, channel, LedgerEntryType.SPENT, 150_050, "EUR", null, "inv-" + channel,
        "finance-import", TestClock.offsetNow());
    budget.book(quarter, channel, LedgerEntryType.RELEASED, 99_999, "EUR", request, null,
        "system", TestClock.offsetNow());

    BudgetLine line = ledger.line(quarter, channel);

    // Open: 4,000.01 committed - 999.99 released (the actual has no campaign: not out of it)
    // = 3,000.02; remaining: 10,000.00 - 3,000.02 - 1,500.50 = 5,499.48
    assertThat(line.allocated()).isEqualTo(1_000_000);
    assertThat(line.committed()).isEqualTo(300_002);
    assertThat(line.spent()).isEqualTo(150_050);
    assertThat(line.actual()).isEqualTo(150_050);
    assertThat(line.released()).isEqualTo(99_999);
    assertThat(line.remaining()).isEqualTo(549_948);
    assertThat(Money.format(line.remaining())).isEqualTo("5499.48");
    assertThat(line.overCommitments()).isEmpty();
    assertThat(ledger.summary(quarter)).contains(line);
  }

  @Test
  void shouldCountAnActualOfACampaignWithoutCommitmentAsOverItsCommitment() {
    long campaign = campaign("Pop-up " + channel);
    budget.book(quarter, channel, LedgerEntryType.SPENT, 12_345, "EUR", null, campaign,
        "inv-" + channel, "finance-import", TestClock.offsetNow());

    BudgetLine line = ledger.line(quarter, channel);

    assertThat(line.remaining()).isEqualTo(1_000_000 - 12_345);
    assertThat(line.overCommitments()).containsExactly(new BudgetLine.OverCommitment(campaign,
        "Pop-up " + channel, 0, 12_345));
    assertThat(line.overCommitment()).isEqualTo(12_345);
  }

  @Test
  void shouldLetACampaignsNewCommitmentCoverWhatItSpentBeyondTheOldOne() {
    long campaign = campaign("Catch-up " + channel);
    budget.book(quarter, channel, LedgerEntryType.SPENT, 300_000, "EUR", null, campaign,
        "inv-" + channel, "finance-import", TestClock.offsetNow());
    long request = request(900_000);

    // 7,000.00 remain; 9,000.00 for the campaign adds 6,000.00 beyond its 3,000.00 actual.
    assertThat(ledger.fit(quarter, channel, campaign, request, 900_000).remainingAfter())
        .isEqualTo(100_000);
    Commitment booked = ledger.commit(request, campaign, quarter, channel, 900_000, "EUR",
        false, "mia");

    assertThat(booked.booked()).isTrue();
    assertThat(booked.line().committed()).isEqualTo(600_000);
    assertThat(booked.line().remaining()).isEqualTo(100_000);
    assertThat(booked.line().overCommitments()).isEmpty();
  }

  private long campaign(String name) {
    org.springframework.jdbc.support.GeneratedKeyHolder key =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into campaign (name, channel, created_at) values (:name, :channel, :now)")
        .param("name", name).param("channel", channel).param("now", TestClock.offsetNow())
        .update(key, "id");
    return key.getKey().longValue();
  }

  @Test
  void shouldCommitExactlyTheRemainingButNotOneCentMore() {
    Commitment first = commit(channel, 600_000, "EUR", false);
    Commitment tooMuch = commit(channel, 400_001, "EUR", false);
    Commitment exact = commit(channel, 400_000, "EUR", false);

    assertThat(first.booked()).isTrue();
    assertThat(tooMuch.booked()).isFalse();
    assertThat(tooMuch.line().remaining()).isEqualTo(400_000);
    assertThat(exact.booked()).isTrue();
    assertThat(exact.line().remaining()).isZero();
  }

  @Test
  void shouldGoOverOnlyWhenAllowed() {
    Commitment over = commit(channel, 1_200_000, "EUR", true);

    assertThat(over.booked()).isTrue();
    assertThat(over.line().remaining()).isEqualTo(-200_000);
  }

  @Test
  void shouldStartAnUnplannedLineAtZeroAndRefuseAnotherCurrency() {
    String unplanned = channel + "-new";

    assertThat(commit(unplanned, 1, "EUR", false).booked()).isFalse();
    assertThat(ledger.line(quarter, unplanned).allocated()).isZero();
    assertThatThrownBy(() -> commit(channel, 100, "USD", true))
        .hasMessageContaining("is in EUR, the request in USD");
  }
}

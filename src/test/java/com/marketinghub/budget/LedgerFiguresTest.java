package com.marketinghub.budget;

import static com.marketinghub.budget.LedgerEntryType.COMMITTED;
import static com.marketinghub.budget.LedgerEntryType.RELEASED;
import static com.marketinghub.budget.LedgerEntryType.SPENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.budget.LedgerFigures.Sum;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of one budget line from plain ledger sums, without a database. */
class LedgerFiguresTest {

  private static BudgetLine line(List<Sum> sums) {
    return LedgerFigures.line("2026-Q4", "events", "EUR", 1_000_000, sums, id -> "C" + id);
  }

  @Test
  void shouldMatchActualsToTheirCampaignAndNotToACommitmentWithoutOne() {
    // Request 1 commits 2,000 with no campaign; the 500 invoice of no campaign is not out of it.
    BudgetLine line = line(List.of(new Sum(null, 1L, COMMITTED, 200_000),
        new Sum(null, null, SPENT, 50_000)));

    assertThat(line.committed()).isEqualTo(200_000);
    assertThat(line.actual()).isEqualTo(50_000);
    assertThat(line.remaining()).isEqualTo(750_000);
    assertThat(line.overCommitments()).isEmpty();
  }

  @Test
  void shouldCountACampaignsActualsBeyondItsCommitmentLessReleasedAsOver() {
    // Campaign 7: 3,000 committed, 1,000 released, 2,500 actual: 500 over, nothing open.
    BudgetLine line = line(List.of(new Sum(7L, 1L, COMMITTED, 300_000),
        new Sum(7L, 1L, RELEASED, 100_000), new Sum(7L, null, SPENT, 250_000)));

    assertThat(line.committed()).isZero();
    assertThat(line.released()).isEqualTo(100_000);
    assertThat(line.remaining()).isEqualTo(750_000);
    assertThat(line.overCommitments())
        .containsExactly(new BudgetLine.OverCommitment(7L, "C7", 200_000, 250_000));
    assertThat(line.overCommitment()).isEqualTo(50_000);
  }

  @Test
  void shouldReleaseNoMoreThanTheRequestCommittedWhenTwoRequestsShareACampaign() {
    // Campaign 7: request 1 commits 1,000, request 2 commits 4,000, 1,500 actual: 3,500 open.
    List<Sum> sums = List.of(new Sum(7L, 1L, COMMITTED, 100_000),
        new Sum(7L, 2L, COMMITTED, 400_000), new Sum(7L, null, SPENT, 150_000));

    assertThat(line(sums).committed()).isEqualTo(350_000);
    assertThat(LedgerFigures.open(sums, 7L, 1L)).isEqualTo(100_000);
    assertThat(LedgerFigures.open(sums, 7L, 2L)).isEqualTo(350_000);
    assertThat(LedgerFigures.open(List.of(new Sum(7L, 1L, COMMITTED, 100_000),
        new Sum(7L, 1L, RELEASED, 100_000)), 7L, 1L)).isZero();
  }
}

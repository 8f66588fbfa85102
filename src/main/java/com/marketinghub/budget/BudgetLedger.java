package com.marketinghub.budget;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget per quarter and channel: what is allocated, committed, spent and released, and the
 * commitment of an approved request, checked and booked under the budget line's lock.
 */
@Service
public class BudgetLedger {

  private final BudgetRepository budget;
  private final Clock clock;

  BudgetLedger(BudgetRepository budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  public BudgetLine line(String quarter, String channel) {
    return budget.findPlan(quarter, channel)
        .map(plan -> line(quarter, channel, plan.currency(), plan.allocated()))
        .orElseGet(() -> line(quarter, channel, null, 0));
  }

  public List<BudgetLine> summary(String quarter) {
    return budget.channels(quarter).stream().map(channel -> line(quarter, channel)).toList();
  }

  /**
   * Books the commitment if it fits the remaining budget, or if it may go over (approved by
   * Finance as over budget). Runs under the budget line's row lock, so two approvals of the same
   * quarter and channel never both take the last of it.
   */
  @Transactional
  public Commitment commit(long requestId, String quarter, String channel, long amount,
      String currency, boolean mayGoOver, String by) {
    return commit(requestId, null, quarter, channel, amount, currency, mayGoOver, by);
  }

  /** As above, the entry booked against the request's campaign when it has one. */
  @Transactional
  public Commitment commit(long requestId, Long campaignId, String quarter, String channel,
      long amount, String currency, boolean mayGoOver, String by) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    BudgetRepository.Plan plan = budget.lockPlan(quarter, channel, currency, by, now);
    if (!plan.currency().equals(currency)) {
      throw new IllegalArgumentException("The " + channel + " budget of " + quarter + " is in "
          + plan.currency() + ", the request in " + currency);
    }
    BudgetLine before = line(quarter, channel, plan.currency(), plan.allocated());
    if (budget.hasCommitment(requestId)) {
      // Booked by an earlier attempt of this step: once per request.
      return new Commitment(true, before);
    }
    if (amount > before.remaining() && !mayGoOver) {
      return new Commitment(false, before);
    }
    budget.book(quarter, channel, LedgerEntryType.COMMITTED, amount, currency, requestId,
        campaignId, null, by, now);
    return new Commitment(true, new BudgetLine(quarter, channel, before.currency(),
        before.allocated(), before.committed() + amount, before.spent(), before.released()));
  }

  /** Whether the request's commitment is booked. */
  boolean hasCommitment(long requestId) {
    return budget.hasCommitment(requestId);
  }

  private BudgetLine line(String quarter, String channel, String currency, long allocated) {
    Map<LedgerEntryType, Long> totals = budget.totals(quarter, channel);
    return new BudgetLine(quarter, channel, currency, allocated,
        totals.get(LedgerEntryType.COMMITTED), totals.get(LedgerEntryType.SPENT),
        totals.get(LedgerEntryType.RELEASED));
  }

  /**
   * @param booked false when the amount no longer fits (another approval took the budget since
   *     the check) and going over was not approved
   * @param line the budget line after the booking, or as found when nothing was booked
   */
  public record Commitment(boolean booked, BudgetLine line) {}
}

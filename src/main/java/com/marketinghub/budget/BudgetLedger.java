package com.marketinghub.budget;

import com.marketinghub.attribution.Campaign;
import com.marketinghub.attribution.CampaignRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget per quarter and channel, plan versus actual (docs/budget.md): allocated, open
 * commitments, actuals, released and what remains, all counted by {@link LedgerFigures}; and the
 * bookings that read it before they book, under the budget line's row lock (a commitment, a
 * release), so that two of them never both take the same euros. Finance's actuals are booked
 * whatever the line says (an invoice is a fact), so they need no lock: a commitment that runs
 * at the same time counts them or not, as if they came just after it.
 */
@Service
public class BudgetLedger {

  private final BudgetRepository budget;
  private final CampaignRepository campaigns;
  private final Clock clock;

  BudgetLedger(BudgetRepository budget, CampaignRepository campaigns, Clock clock) {
    this.budget = budget;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  public BudgetLine line(String quarter, String channel) {
    return line(quarter, channel, budget.sums(quarter, channel));
  }

  public List<BudgetLine> summary(String quarter) {
    return budget.channels(quarter).stream().map(channel -> line(quarter, channel)).toList();
  }

  /**
   * Task_CheckRemainingBudget's question, answered as the commitment answers it: the line now,
   * and what would remain once the request's amount is committed (a campaign over its
   * commitment has spent part of it already: that part is not counted twice).
   *
   * @param campaignId the request's campaign; null when it has none
   */
  Fit fit(String quarter, String channel, Long campaignId, long requestId, long amount) {
    List<LedgerFigures.Sum> sums = budget.sums(quarter, channel);
    BudgetLine line = line(quarter, channel, sums);
    return new Fit(line, remainingAfter(line, sums, campaignId, requestId, amount));
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
    List<LedgerFigures.Sum> sums = budget.sums(quarter, channel);
    BudgetLine before = line(quarter, channel, plan.currency(), plan.allocated(), sums);
    if (budget.hasCommitment(requestId)) {
      // Booked by an earlier attempt of this step: once per request.
      return new Commitment(true, before);
    }
    if (remainingAfter(before, sums, campaignId, requestId, amount) < 0 && !mayGoOver) {
      return new Commitment(false, before);
    }
    budget.book(quarter, channel, LedgerEntryType.COMMITTED, amount, currency, requestId,
        campaignId, null, by, now);
    return new Commitment(true, line(quarter, channel, plan.currency(), plan.allocated(),
        budget.sums(quarter, channel)));
  }

  /**
   * Gives back what the request's commitment still holds open (its campaign's open commitment,
   * at most what the request committed and has not released), under the line's lock: a
   * RELEASED entry.
   *
   * @return the amount released; 0 when nothing was open
   */
  @Transactional
  public long release(long requestId, Long campaignId, String quarter, String channel,
      String currency, String by) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    budget.lockPlan(quarter, channel, currency, by, now);
    long open = LedgerFigures.open(budget.sums(quarter, channel), campaignId, requestId);
    if (open > 0) {
      budget.book(quarter, channel, LedgerEntryType.RELEASED, open, currency, requestId,
          campaignId, null, by, now);
    }
    return open;
  }

  /** Whether the request's commitment is booked. */
  boolean hasCommitment(long requestId) {
    return budget.hasCommitment(requestId);
  }

  /** The line from these sums of its ledger, with its plan (nothing allocated without one). */
  private BudgetLine line(String quarter, String channel, List<LedgerFigures.Sum> sums) {
    return budget.findPlan(quarter, channel)
        .map(plan -> line(quarter, channel, plan.currency(), plan.allocated(), sums))
        .orElseGet(() -> line(quarter, channel, null, 0, sums));
  }

  private BudgetLine line(String quarter, String channel, String currency, long allocated,
      List<LedgerFigures.Sum> sums) {
    return LedgerFigures.line(quarter, channel, currency, allocated, sums, id ->
        campaigns.findById(id).map(Campaign::name).orElse("campaign " + id));
  }

  private static long remainingAfter(BudgetLine line, List<LedgerFigures.Sum> sums,
      Long campaignId, long requestId, long amount) {
    List<LedgerFigures.Sum> after = new ArrayList<>(sums);
    after.add(new LedgerFigures.Sum(campaignId, requestId, LedgerEntryType.COMMITTED, amount));
    return LedgerFigures.line(line.quarter(), line.channel(), line.currency(), line.allocated(),
        after, id -> "").remaining();
  }

  /**
   * @param line the budget line as it is
   * @param remainingAfter what would remain with the request's amount committed
   */
  record Fit(BudgetLine line, long remainingAfter) {

    boolean over() {
      return remainingAfter < 0;
    }
  }

  /**
   * @param booked false when the amount no longer fits (another approval took the budget since
   *     the check) and going over was not approved
   * @param line the budget line after the booking, or as found when nothing was booked
   */
  public record Commitment(boolean booked, BudgetLine line) {}
}

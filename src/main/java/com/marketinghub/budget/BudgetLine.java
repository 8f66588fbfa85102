package com.marketinghub.budget;

import java.util.List;

/**
 * One quarter and channel of the budget, in minor units, as planning tools count it
 * (docs/budget.md, "Plan versus actual"): {@code committed} is what approved commitments still
 * hold open (each campaign's commitment less its actuals and what was released, never below 0),
 * {@code spent} the actuals Finance booked, {@code released} what commitments gave back; so
 * remaining = allocated - committed - spent, and an actual paid out of a commitment is counted
 * once.
 *
 * @param overCommitments the campaigns whose actuals went beyond their commitment, by campaign id
 */
public record BudgetLine(String quarter, String channel, String currency, long allocated,
    long committed, long spent, long released, List<OverCommitment> overCommitments) {

  public BudgetLine {
    overCommitments = List.copyOf(overCommitments);
  }

  /** A line without campaigns over their commitment. */
  public BudgetLine(String quarter, String channel, String currency, long allocated,
      long committed, long spent, long released) {
    this(quarter, channel, currency, allocated, committed, spent, released, List.of());
  }

  /** The actuals: the same figure as {@link #spent()}. */
  public long actual() {
    return spent;
  }

  public long remaining() {
    return allocated - committed - spent;
  }

  /** How far the line's campaigns spent beyond their commitments, together. */
  public long overCommitment() {
    return overCommitments.stream().mapToLong(OverCommitment::over).sum();
  }

  /**
   * A campaign whose actuals in this line went beyond its commitment there.
   *
   * @param committed the campaign's commitments in the line less what they released
   * @param actual the actuals booked against the campaign in the line
   */
  public record OverCommitment(long campaignId, String campaign, long committed, long actual) {

    public long over() {
      return actual - committed;
    }
  }
}

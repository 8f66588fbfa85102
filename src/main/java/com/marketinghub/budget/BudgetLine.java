package com.marketinghub.budget;

/**
 * One quarter and channel of the budget, in minor units: remaining = allocated - committed -
 * spent + released.
 */
public record BudgetLine(String quarter, String channel, String currency, long allocated,
    long committed, long spent, long released) {

  public long remaining() {
    return allocated - committed - spent + released;
  }
}

package com.marketinghub.budget;

/**
 * Ledger entries, counted per quarter and channel by {@link LedgerFigures}: remaining =
 * allocated - open commitments (committed - released - actuals, per campaign) - actuals.
 */
public enum LedgerEntryType {
  /** Booked when a request is approved. */
  COMMITTED,
  /** Actual spend, imported from Finance's CSV. */
  SPENT,
  /** What a commitment still held open, given back at the campaign's end. */
  RELEASED
}

package com.marketinghub.budget;

/** Ledger entries: remaining = allocated - committed - spent + released. */
public enum LedgerEntryType {
  /** Booked when a request is approved. */
  COMMITTED,
  /** Actual spend, imported from Finance's CSV. */
  SPENT,
  /** The unspent part of a commitment, given back at the campaign's end. */
  RELEASED
}

package com.marketinghub.sync;

/** What importing one valid row did. */
public enum RowOutcome {
  CREATED, UPDATED, UNCHANGED
}

package com.marketinghub.sync;

/** A row that cannot be imported, and why (in words a user can act on). */
public class RowRejectedException extends Exception {

  public RowRejectedException(String reason) {
    super(reason, null, false, false);
  }
}

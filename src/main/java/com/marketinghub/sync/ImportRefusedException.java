package com.marketinghub.sync;

/** A file refused as a whole (empty, not CSV, a required column missing): nothing imported. */
public class ImportRefusedException extends RuntimeException {

  private final long batchId;

  public ImportRefusedException(long batchId, String message) {
    super(message);
    this.batchId = batchId;
  }

  public long batchId() {
    return batchId;
  }
}

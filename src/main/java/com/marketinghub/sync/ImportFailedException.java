package com.marketinghub.sync;

/** A technical failure while writing an import; what earlier batches wrote stays. */
public class ImportFailedException extends RuntimeException {

  private final long batchId;

  public ImportFailedException(long batchId, String message, Throwable cause) {
    super(message, cause);
    this.batchId = batchId;
  }

  public long batchId() {
    return batchId;
  }
}

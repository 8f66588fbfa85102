package com.marketinghub.sync;

/** A file in the inbox was refused as a whole and now lies in failed/. */
public class InboxFileRefusedException extends RuntimeException {

  private final String fileName;

  public InboxFileRefusedException(String kind, String fileName, String reason) {
    super("inbox/" + kind + "/" + fileName + " refused: " + reason);
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }
}

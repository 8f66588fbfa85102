package com.marketinghub.common;

/** The request clashes with a record that exists: HTTP 409 with this message. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}

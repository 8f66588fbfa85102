package com.marketinghub.common;

/**
 * Something the request depends on cannot be used right now, so nothing was done: HTTP 503. The
 * message says what, without internals (the server log has the cause).
 */
public class UnavailableException extends RuntimeException {

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package com.marketinghub.common;

/** The request itself is wrong (a parameter, a body field): HTTP 400 with this message. */
public class BadRequestException extends RuntimeException {

  public BadRequestException(String message) {
    super(message);
  }
}

package com.marketinghub.common;

/** The record the request names does not exist: HTTP 404 with this message. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}

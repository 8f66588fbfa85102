package com.marketinghub.common;

import java.util.Map;

/** Request fields that are wrong, by name: HTTP 400 with an {@code errors} member per field. */
public class InvalidFieldsException extends BadRequestException {

  private final Map<String, String> errors;

  public InvalidFieldsException(String message, Map<String, String> errors) {
    super(message);
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}

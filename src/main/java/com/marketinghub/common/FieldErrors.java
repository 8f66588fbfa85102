package com.marketinghub.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what is wrong with each field of a request, so one 400 answer names all of them
 * instead of the first only.
 */
public final class FieldErrors {

  private final Map<String, String> errors = new LinkedHashMap<>();

  public FieldErrors reject(String field, String message) {
    errors.putIfAbsent(field, message);
    return this;
  }

  public FieldErrors require(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      reject(field, "is required");
    }
    return this;
  }

  public FieldErrors maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      reject(field, "must be at most " + max + " characters");
    }
    return this;
  }

  /** Throws {@link InvalidFieldsException} when any field was rejected. */
  public void throwIfAny(String what) {
    if (!errors.isEmpty()) {
      List<String> parts = new ArrayList<>();
      errors.forEach((field, message) -> parts.add(field + " " + message));
      throw new InvalidFieldsException("Invalid " + what + ": " + String.join("; ", parts), errors);
    }
  }
}

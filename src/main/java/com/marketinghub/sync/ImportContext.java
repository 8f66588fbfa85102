package com.marketinghub.sync;

import java.util.Map;

/** Settings of one import run, given by the caller (API parameters, folder conventions). */
public record ImportContext(Map<String, String> settings) {

  public ImportContext {
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

  public static ImportContext none() {
    return new ImportContext(Map.of());
  }

  public String get(String name, String fallback) {
    String value = settings.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

package com.marketinghub.sync;

import java.util.List;
import java.util.Locale;

/**
 * A column an import reads: its name, whether a file without it is refused, and the names other
 * tools give it. Names match ignoring case, spaces and punctuation ("E-mail Address" =
 * "emailaddress").
 */
public record ImportColumn(String name, boolean required, List<String> aliases) {

  public ImportColumn {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public static ImportColumn required(String name, String... aliases) {
    return new ImportColumn(name, true, List.of(aliases));
  }

  public static ImportColumn optional(String name, String... aliases) {
    return new ImportColumn(name, false, List.of(aliases));
  }

  boolean matches(String header) {
    String normalized = normalize(header);
    return normalize(name).equals(normalized)
        || aliases.stream().anyMatch(alias -> normalize(alias).equals(normalized));
  }

  static String normalize(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}

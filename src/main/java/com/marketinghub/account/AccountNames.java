package com.marketinghub.account;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A company name as lead-to-account matching compares it: lower case, accents and punctuation
 * gone, spaces collapsed, and legal forms at the end dropped ("ACME GmbH", "Acme", "acme gmbh."
 * and "Acme, Inc." are all "acme").
 */
public final class AccountNames {

  private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "ag", "kg", "ohg", "ug", "se",
      "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation", "co",
      "company", "plc", "sa", "sas", "sarl", "bv", "nv", "oy", "ab", "as", "aps", "srl", "spa",
      "pty", "kk", "holding", "holdings", "group");

  private AccountNames() {}

  /** The name's key, or null when nothing but a legal form or punctuation is left. */
  public static String key(String name) {
    if (name == null) {
      return null;
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    List<String> words = new java.util.ArrayList<>(Arrays.asList(plain.split(" ")));
    // "GmbH & Co. KG" goes whole ("and" between legal forms too); the first word always stays.
    while (words.size() > 1 && (LEGAL_FORMS.contains(words.get(words.size() - 1))
        || words.get(words.size() - 1).equals("and"))) {
      words.remove(words.size() - 1);
    }
    String key = String.join(" ", words);
    return key.isBlank() ? null : key;
  }
}

package com.marketinghub.account;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A company name as lead-to-account matching compares it: lower case, accents of Latin letters
 * and punctuation gone, spaces collapsed, and legal forms at the end dropped ("ACME GmbH",
 * "Acme", "acme gmbh.", "Acme, Inc." and "Acme S.A." are all "acme").
 */
public final class AccountNames {

  private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "ag", "kg", "ohg", "ug", "se",
      "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation", "co",
      "company", "plc", "sa", "sas", "sarl", "bv", "nv", "oy", "ab", "as", "aps", "srl", "spa",
      "pty", "kk", "holding", "holdings", "group");

  /** The longest key (account.name_key); a name can grow ("&" is "and"), so longer ones are cut. */
  static final int MAX_LENGTH = 200;

  private AccountNames() {}

  /**
   * The name's key, or null when nothing but punctuation is left. The first word always stays,
   * so a name that is only a legal form ("GmbH") keeps it.
   */
  public static String key(String name) {
    if (name == null) {
      return null;
    }
    // Accents go from Latin letters only (Japanese or Devanagari marks carry meaning); dots,
    // slashes and apostrophes join what they separate, so "S.A.", "A/S" and "B.V." are forms.
    String plain = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("(?<=\\p{IsLatin})\\p{M}+", ""), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT).replaceAll("[.'\u2019/]", "")
        .replace("&", " and ").replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").trim();
    List<String> words = new java.util.ArrayList<>(Arrays.asList(plain.split(" ")));
    // "GmbH & Co. KG" goes whole ("and" between legal forms too); the first word always stays.
    while (words.size() > 1 && (LEGAL_FORMS.contains(words.get(words.size() - 1))
        || words.get(words.size() - 1).equals("and"))) {
      words.remove(words.size() - 1);
    }
    String key = String.join(" ", words);
    if (key.length() > MAX_LENGTH) {
      key = key.substring(0, MAX_LENGTH).strip();
    }
    return key.isBlank() ? null : key;
  }
}

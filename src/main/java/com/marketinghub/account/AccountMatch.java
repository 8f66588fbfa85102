package com.marketinghub.account;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which account a lead belongs to, by which rule, how surely.
 *
 * @param account the account, or null (no match, or several candidates)
 * @param rule {@link Rule}
 * @param confidence 0 to 1: how often the rule is right, as docs/lead-handoff.md states it
 * @param candidates the accounts that matched equally well when there are several (AMBIGUOUS)
 */
public record AccountMatch(Candidate account, Rule rule, BigDecimal confidence,
    List<Candidate> candidates) {

  public AccountMatch {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  public enum Rule {
    /** The address's domain is one of the account's. */
    DOMAIN,
    /** The address is at a subdomain of one of the account's domains. */
    PARENT_DOMAIN,
    /** No domain matched; the company name, normalized, is the account's. */
    COMPANY_NAME,
    /** Several accounts matched by the same rule: marketing-ops choose. */
    AMBIGUOUS,
    /** Marketing-ops chose the account (or none) among the candidates. */
    CHOSEN,
    /** Nothing matched. */
    NONE
  }

  /** An account as the lead's form and the routing see it. */
  public record Candidate(long id, String accountId, String name, String ownerTeam,
      boolean churned) {}

  static AccountMatch none() {
    return new AccountMatch(null, Rule.NONE, BigDecimal.ZERO.setScale(2), List.of());
  }
}

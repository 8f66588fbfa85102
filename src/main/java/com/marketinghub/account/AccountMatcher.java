package com.marketinghub.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Finds a lead's account (docs/lead-handoff.md, "Matching a lead to its account"): first by the
 * e-mail address's domain (exactly, then each parent domain), unless it is a free-mail domain;
 * then by the normalized company name. One account found: that account; several found by the
 * first rule that finds any: AMBIGUOUS with them as candidates; none: NONE. Churned accounts
 * are matched too: a former customer is still that account.
 */
@Service
public class AccountMatcher {

  static final BigDecimal DOMAIN = new BigDecimal("0.95");
  static final BigDecimal PARENT_DOMAIN = new BigDecimal("0.85");
  static final BigDecimal COMPANY_NAME = new BigDecimal("0.70");

  private final AccountRepository accounts;
  private final Set<String> freeMail;

  AccountMatcher(AccountRepository accounts, AccountMatchingProperties properties) {
    this.accounts = accounts;
    this.freeMail = properties.freeMail();
  }

  public AccountMatch match(String email, String company) {
    String domain = domainOf(email);
    if (domain != null && !freeMail.contains(domain)) {
      List<AccountMatch.Candidate> exact = accounts.withDomain(domain);
      if (!exact.isEmpty()) {
        return found(exact, AccountMatch.Rule.DOMAIN, DOMAIN);
      }
      for (String parent : parents(domain)) {
        List<AccountMatch.Candidate> byParent = accounts.withDomain(parent);
        if (!byParent.isEmpty()) {
          return found(byParent, AccountMatch.Rule.PARENT_DOMAIN, PARENT_DOMAIN);
        }
      }
    }
    String key = AccountNames.key(company);
    if (key != null) {
      List<AccountMatch.Candidate> byName = accounts.withNameKey(key);
      if (!byName.isEmpty()) {
        return found(byName, AccountMatch.Rule.COMPANY_NAME, COMPANY_NAME);
      }
    }
    return AccountMatch.none();
  }

  /** The accounts a lead could belong to: what {@link #match} would offer marketing-ops. */
  public List<AccountMatch.Candidate> candidates(String email, String company) {
    AccountMatch match = match(email, company);
    return match.account() != null ? List.of(match.account()) : match.candidates();
  }

  private static AccountMatch found(List<AccountMatch.Candidate> candidates,
      AccountMatch.Rule rule, BigDecimal confidence) {
    if (candidates.size() == 1) {
      return new AccountMatch(candidates.get(0), rule, confidence, List.of());
    }
    return new AccountMatch(null, AccountMatch.Rule.AMBIGUOUS, BigDecimal.ZERO.setScale(2),
        candidates);
  }

  static String domainOf(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    String domain = at < 0 ? null : email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    return domain == null || domain.isEmpty() ? null : domain;
  }

  /** "eu.mail.acme.com": "mail.acme.com", "acme.com" (never a single label). */
  private static List<String> parents(String domain) {
    List<String> parents = new ArrayList<>();
    String rest = domain;
    for (int dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.')) {
      rest = rest.substring(dot + 1);
      if (rest.indexOf('.') < 0) {
        break;
      }
      parents.add(rest);
    }
    return parents;
  }
}

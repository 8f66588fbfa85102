package com.marketinghub.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.account-matching (docs/lead-handoff.md, "Matching a lead to its account").
 *
 * @param freeMailDomains e-mail domains anyone can have an address at: they never identify an
 *     account, neither in a lead's address nor in an account's domains
 */
@ConfigurationProperties("marketing-hub.account-matching")
public record AccountMatchingProperties(List<String> freeMailDomains) {

  public AccountMatchingProperties {
    freeMailDomains = freeMailDomains == null ? List.of() : List.copyOf(freeMailDomains);
  }

  Set<String> freeMail() {
    return freeMailDomains.stream().map(domain -> domain.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}

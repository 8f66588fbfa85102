package com.marketinghub.lead;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.lead (docs/lead-handoff.md, "Matching a lead to its account").
 *
 * @param accountTeams the Sales teams a matched customer's lead may be routed to as its
 *     account's owner team; an account naming any other group is routed by territory
 */
@ConfigurationProperties("marketing-hub.lead")
public record LeadAccountProperties(List<String> accountTeams) {

  public LeadAccountProperties {
    accountTeams = accountTeams == null ? List.of() : List.copyOf(accountTeams);
  }
}

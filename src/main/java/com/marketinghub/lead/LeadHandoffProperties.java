package com.marketinghub.lead;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timing and groups of the lead handoff.
 *
 * @param slaCycle ISO 8601 repeating interval of the review SLA: the first reminder after one
 *     interval, then one per interval until the review is done (default R/PT24H)
 * @param reassignAfter ISO 8601 duration after which an undone review is taken from its owner and
 *     offered to the whole team (default PT48H)
 * @param crmRetryCycle Camunda retry cycle of the CRM sync job (default R3/PT5M)
 * @param inactiveGroup members of this group get no new leads (holidays, leavers)
 * @param slaAlertGroup gets every SLA reminder, with the owner
 * @param defaultManagerGroup reviews a team's leads when the team has no active member
 * @param managerGroups a team's own manager group, where it is not the default
 */
@ConfigurationProperties("marketing-hub.lead.handoff")
public record LeadHandoffProperties(
    @DefaultValue("R/PT24H") String slaCycle,
    @DefaultValue("PT48H") Duration reassignAfter,
    @DefaultValue("R3/PT5M") String crmRetryCycle,
    @DefaultValue("inactive") String inactiveGroup,
    @DefaultValue("sales-managers") String slaAlertGroup,
    @DefaultValue("sales-managers") String defaultManagerGroup,
    Map<String, String> managerGroups) {

  public LeadHandoffProperties {
    managerGroups = managerGroups == null ? Map.of() : Map.copyOf(managerGroups);
    if (!slaCycle.matches("R\\d*/P.+")) {
      throw new IllegalArgumentException("marketing-hub.lead.handoff.sla-cycle must be a "
          + "repeating interval like R/PT24H, was " + slaCycle);
    }
  }

  /** One SLA interval: how long a review may take before the first reminder. */
  public Duration slaDuration() {
    return Duration.parse(slaCycle.substring(slaCycle.indexOf('/') + 1));
  }

  public String managerGroupOf(String team) {
    return managerGroups.getOrDefault(team, defaultManagerGroup);
  }

  /** Who may decide on a lead of the team: its members and its managers. */
  public List<String> reviewGroupsOf(String team) {
    return team == null ? List.of(defaultManagerGroup) : List.of(team, managerGroupOf(team));
  }
}

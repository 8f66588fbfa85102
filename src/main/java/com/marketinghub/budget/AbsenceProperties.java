package com.marketinghub.budget;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.absences (docs/budget.md, "Absences and escalation").
 *
 * @param groups besides the approver groups, the groups whose members record their absences
 *     (the Sales teams: an absent rep gets no new leads, their open reviews go to their deputy);
 *     a deputy must be a member of each of these and the approver groups the absent user is in
 */
@ConfigurationProperties("marketing-hub.absences")
public record AbsenceProperties(List<String> groups) {

  public AbsenceProperties {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}

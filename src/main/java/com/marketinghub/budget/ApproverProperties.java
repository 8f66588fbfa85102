package com.marketinghub.budget;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.budget, the approvers' part (issue 17, "Approvals that do not stall"): who
 * approves, how long an absence may be, when an open approval escalates and to whom.
 *
 * @param approverGroups the groups of bpmn/budget-approval-level.dmn: their members may name a
 *     deputy, who must be a member of each of them the absent user is in
 * @param absenceMaxLength the longest absence, first to last day
 * @param escalateAfter how long an approval task may stay open before it escalates (ISO 8601
 *     duration, the timer of Event_ApprovalOverdue)
 * @param escalateTo per approver group, the group an overdue level of it escalates to; a group
 *     not listed escalates to itself (a mail, nobody new may decide)
 */
@ConfigurationProperties("marketing-hub.budget")
public record ApproverProperties(List<String> approverGroups, Period absenceMaxLength,
    Duration escalateAfter, Map<String, String> escalateTo) {

  public ApproverProperties {
    approverGroups = approverGroups == null ? List.of() : List.copyOf(approverGroups);
    escalateTo = escalateTo == null ? Map.of() : Map.copyOf(escalateTo);
    if (approverGroups.isEmpty()) {
      throw new IllegalArgumentException("marketing-hub.budget.approver-groups names no group");
    }
    if (absenceMaxLength == null || escalateAfter == null) {
      throw new IllegalArgumentException("marketing-hub.budget.absence-max-length and "
          + "escalate-after must be set");
    }
  }

  /** The group an overdue level of this group escalates to. */
  public String escalationGroup(String approverGroup) {
    return escalateTo.getOrDefault(approverGroup, approverGroup);
  }
}

package com.marketinghub.budget;

import org.springframework.stereotype.Component;

/** {@code ${budgetApprovalSettings...}} in bpmn/budget-approval.bpmn. */
@Component("budgetApprovalSettings")
public class BudgetApprovalSettings {

  private final BudgetApprovalProperties properties;
  private final ApproverProperties approvers;

  public BudgetApprovalSettings(BudgetApprovalProperties properties,
      ApproverProperties approvers) {
    this.properties = properties;
    this.approvers = approvers;
  }

  public String getReminderCycle() {
    return properties.reminderCycle();
  }

  public String getExportRetryCycle() {
    return properties.exportRetryCycle();
  }

  /** The timer of Event_ApprovalOverdue: an ISO 8601 duration like P4D. */
  public String getEscalateAfter() {
    return approvers.escalateAfter().toString();
  }
}

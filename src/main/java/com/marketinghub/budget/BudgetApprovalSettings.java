package com.marketinghub.budget;

import org.springframework.stereotype.Component;

/** {@code ${budgetApprovalSettings...}} in bpmn/budget-approval.bpmn. */
@Component("budgetApprovalSettings")
public class BudgetApprovalSettings {

  private final BudgetApprovalProperties properties;

  public BudgetApprovalSettings(BudgetApprovalProperties properties) {
    this.properties = properties;
  }

  public String getReminderCycle() {
    return properties.reminderCycle();
  }

  public String getExportRetryCycle() {
    return properties.exportRetryCycle();
  }
}

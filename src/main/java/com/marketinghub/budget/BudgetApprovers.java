package com.marketinghub.budget;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code ${budgetApprovers.groups(approvalRows)}} in bpmn/budget-approval.bpmn. */
@Component("budgetApprovers")
public class BudgetApprovers {

  public List<String> groups(List<Map<String, Object>> rows) {
    return ApprovalLevels.approverGroups(rows);
  }
}

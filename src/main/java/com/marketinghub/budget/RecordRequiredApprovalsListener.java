package com.marketinghub.budget;


import com.marketinghub.process.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_ToApproval taken: Task_DetermineApprovers' groups, just computed in this transaction (no
 * person acted in between), kept as the request's required levels.
 */
@Component("recordRequiredApprovalsListener")
class RecordRequiredApprovalsListener implements ExecutionListener {

  private final BudgetApproval approval;

  RecordRequiredApprovalsListener(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable("approverGroups") instanceof List<?> groups)) {
      throw new IllegalStateException("Flow_ToApproval without approverGroups");
    }
    approval.recordRequiredLevels(ProcessVariables.recordId(execution),
        groups.stream().map(String::valueOf).toList());
  }
}

package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Glue of Task_MarkWithdrawn to {@link BudgetApproval#withdraw}: the requester gave it up. */
@Component("withdrawBudgetRequestDelegate")
class WithdrawBudgetRequestDelegate implements JavaDelegate {

  private final BudgetApproval approval;

  WithdrawBudgetRequestDelegate(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approval.withdraw(ProcessVariables.recordId(execution));
  }
}

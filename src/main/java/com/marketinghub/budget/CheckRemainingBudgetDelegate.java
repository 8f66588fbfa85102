package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_AMOUNT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_OVER_BUDGET;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_CheckRemainingBudget to {@link BudgetApproval#checkRemainingBudget}: over budget
 * and the amount for the approval decision.
 */
@Component("checkRemainingBudgetDelegate")
class CheckRemainingBudgetDelegate implements JavaDelegate {

  private final BudgetApproval approval;

  CheckRemainingBudgetDelegate(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetApproval.Check check =
        approval.checkRemainingBudget(ProcessVariables.recordId(execution));
    execution.setVariable(VAR_OVER_BUDGET, check.overBudget());
    execution.setVariable(VAR_AMOUNT, check.amount());
  }
}

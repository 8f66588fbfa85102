package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.ERROR_BUDGET_EXHAUSTED;

import com.marketinghub.process.ProcessVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_CommitBudget to {@link BudgetApproval#commit}, in this step's transaction. An
 * amount that no longer fits throws Error_BudgetExhausted: back to the check, where the request
 * is now over budget and goes to Finance.
 */
@Component("commitBudgetDelegate")
class CommitBudgetDelegate implements JavaDelegate {

  private final BudgetApproval approval;

  CommitBudgetDelegate(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> notBooked = approval.commit(ProcessVariables.recordId(execution));
    if (notBooked.isPresent()) {
      throw new BpmnError(ERROR_BUDGET_EXHAUSTED, notBooked.get());
    }
  }
}

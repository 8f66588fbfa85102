package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.TASK_NOTIFY_APPROVED;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION_COMMENT;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_NotifyApproved and Task_NotifyRejected to
 * {@link BudgetApprovalMail#mailDecision}: which of the two, and the decision's comment.
 */
@Component("budgetDecisionMailDelegate")
class BudgetDecisionMailDelegate implements JavaDelegate {

  private final BudgetApprovalMail mail;

  BudgetDecisionMailDelegate(BudgetApprovalMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.mailDecision(ProcessVariables.recordId(execution),
        TASK_NOTIFY_APPROVED.equals(execution.getCurrentActivityId()),
        ProcessVariables.string(execution, VAR_DECISION_COMMENT));
  }
}

package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_AMOUNT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION_COMMENT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REWORK_ACTION;

import com.marketinghub.process.ProcessVariables;
import java.util.OptionalDouble;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ReworkRequest, the requester's, to {@link BudgetApproval}: on create why it came
 * back ({@code prepareRework}); on complete RESUBMIT or WITHDRAW ({@code rework}), a resubmitted
 * amount becoming the process's {@code amount} for the approval that starts over.
 */
@Component("reworkBudgetRequestTaskListener")
class ReworkBudgetRequestTaskListener implements TaskListener {

  private final BudgetApproval approval;

  ReworkBudgetRequestTaskListener(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = approval.prepareRework(requestId,
          ProcessVariables.string(task, VAR_DECISION_COMMENT));
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      OptionalDouble amount = approval.rework(requestId,
          ProcessVariables.string(task, VAR_REWORK_ACTION),
          ProcessVariables.string(task, "newAmount"),
          ProcessVariables.string(task, "newJustification"));
      if (amount.isPresent()) {
        task.getExecution().getProcessInstance().setVariable(VAR_AMOUNT, amount.getAsDouble());
      }
    }
  }
}

package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_APPROVER_GROUP;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION_COMMENT;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ApproveBudget to {@link BudgetApproval}: on create the task's name, due date and
 * form snapshot ({@code prepareApproval}); on complete the decision ({@code decide}), which the
 * approval loop's completion condition and the outcome gateway read.
 */
@Component("budgetApprovalTaskListener")
class BudgetApprovalTaskListener implements TaskListener {

  private final BudgetApproval approval;

  BudgetApprovalTaskListener(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = ProcessVariables.recordId(task);
    String group = ProcessVariables.string(task, VAR_APPROVER_GROUP);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = approval.prepareApproval(requestId, level(task), group);
      task.setName(view.name());
      task.setDueDate(Date.from(view.due()));
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String decision = ProcessVariables.string(task, VAR_DECISION);
      approval.decide(requestId, level(task), group, decision,
          ProcessVariables.string(task, VAR_DECISION_COMMENT), TaskCompleter.userId(task));
      // On the process instance: the loop's completion condition and the gateway read it.
      task.getExecution().getProcessInstance().setVariable(VAR_DECISION, decision);
    }
  }

  /** The approval level: the position in the multi-instance loop over the approver groups. */
  private static int level(DelegateTask task) {
    Long counter = ProcessVariables.number(task, "loopCounter");
    return counter == null ? 1 : counter.intValue() + 1;
  }
}

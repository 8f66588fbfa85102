package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_APPROVER_GROUP;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION_COMMENT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_ON_BEHALF_OF;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ApproveBudget to {@link BudgetApproval}: on create the task's name, due date and
 * form snapshot ({@code prepareApproval}); on assignment to a user who is away today, the hand-over
 * to their deputy ({@link ApproverAbsences#handOver}); on complete the decision
 * ({@code decide}), on behalf of the absent approver when a deputy decides a task handed over,
 * which the approval loop's completion condition and the outcome gateway read.
 */
@Component("budgetApprovalTaskListener")
class BudgetApprovalTaskListener implements TaskListener {

  private final BudgetApproval approval;
  private final ApproverAbsences absences;

  BudgetApprovalTaskListener(BudgetApproval approval, ApproverAbsences absences) {
    this.approval = approval;
    this.absences = absences;
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
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      assigned(task, requestId);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String decision = ProcessVariables.string(task, VAR_DECISION);
      String by = TaskCompleter.userId(task);
      absences.refuseIfAway(by);
      approval.decide(requestId, level(task), group, decision,
          ProcessVariables.string(task, VAR_DECISION_COMMENT), by,
          absences.onBehalfOf(handedOverFrom(task), by));
      // On the process instance: the loop's completion condition and the gateway read it.
      task.getExecution().getProcessInstance().setVariable(VAR_DECISION, decision);
    }
  }

  /**
   * An absent assignee's task goes to their deputy (who then decides on their behalf) or back
   * to the group; any other assignee keeps it, and a hand-over the assignee does not stand for
   * is forgotten. Handing over assigns again: this runs once more, for the deputy.
   */
  private void assigned(DelegateTask task, long requestId) {
    String assignee = task.getAssignee();
    Optional<ApproverAbsences.HandOver> handOver = absences.handOver(requestId, assignee);
    if (handOver.isPresent()) {
      String deputy = handOver.get().deputy();
      if (deputy == null) {
        task.removeVariableLocal(VAR_ON_BEHALF_OF);
      } else {
        task.setVariableLocal(VAR_ON_BEHALF_OF, handOver.get().from());
      }
      task.setAssignee(deputy);
    } else if (handedOverFrom(task) != null
        && absences.onBehalfOf(handedOverFrom(task), assignee) == null) {
      task.removeVariableLocal(VAR_ON_BEHALF_OF);
    }
  }

  private static String handedOverFrom(DelegateTask task) {
    Object from = task.getVariableLocal(VAR_ON_BEHALF_OF);
    return from == null ? null : from.toString();
  }

  /** The approval level: the position in the multi-instance loop over the approver groups. */
  private static int level(DelegateTask task) {
    Long counter = ProcessVariables.number(task, "loopCounter");
    return counter == null ? 1 : counter.intValue() + 1;
  }
}

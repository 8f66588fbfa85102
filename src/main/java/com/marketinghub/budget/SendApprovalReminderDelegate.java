package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.notify.PeopleMailer;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendApprovalReminder: the open approval waits; mails its group (or its assignee). */
@Component("sendApprovalReminderDelegate")
class SendApprovalReminderDelegate implements JavaDelegate {

  private final BudgetRequestRepository requests;
  private final PeopleMailer mailer;

  SendApprovalReminderDelegate(BudgetRequestRepository requests, PeopleMailer mailer) {
    this.requests = requests;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    String group = ProcessVariables.string(execution, BudgetApprovalProcess.VAR_APPROVER_GROUP);
    String assignee = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(BudgetApprovalProcess.TASK_APPROVE_BUDGET).list().stream()
        .map(task -> task.getAssignee()).filter(a -> a != null).findFirst().orElse(null);
    mailer.send(assignee != null ? List.of(assignee) : List.of(),
        assignee != null ? List.of() : List.of(group),
        "Reminder: approve budget: " + request.describe(),
        "A budget request waits for your decision (" + group + "):\n" + request.describe()
            + "\n\nOpen Tasklist, filter \"Budget approvals\".\n");
  }
}

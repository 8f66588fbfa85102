package com.marketinghub.budget;

import com.marketinghub.notify.MailMessage;
import com.marketinghub.notify.NotificationService;
import com.marketinghub.notify.RecipientResolver;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendApprovalReminder: the open approval waits; mails its group (or its assignee). */
@Component("sendApprovalReminderDelegate")
class SendApprovalReminderDelegate implements JavaDelegate {

  private final BudgetRequestRepository requests;
  private final RecipientResolver recipients;
  private final NotificationService mail;

  SendApprovalReminderDelegate(BudgetRequestRepository requests, RecipientResolver recipients,
      NotificationService mail) {
    this.requests = requests;
    this.recipients = recipients;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(BudgetVariables.requestId(execution));
    String group = BudgetVariables.string(execution, BudgetApprovalProcess.VAR_APPROVER_GROUP);
    String assignee = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(BudgetApprovalProcess.TASK_APPROVE_BUDGET).list().stream()
        .map(task -> task.getAssignee()).filter(a -> a != null).findFirst().orElse(null);
    List<String> to = assignee != null ? recipients.emails(List.of(assignee), List.of())
        : recipients.emails(List.of(), List.of(group));
    mail.send(new MailMessage(to, "Reminder: approve budget: " + request.describe(),
        "A budget request waits for your decision (" + group + "):\n" + request.describe()
            + "\n\nOpen Tasklist, filter \"Budget approvals\".\n"));
  }
}

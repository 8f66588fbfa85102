package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.TASK_APPROVE_BUDGET;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_APPROVER_GROUP;

import com.marketinghub.process.ProcessVariables;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_SendApprovalReminder to {@link BudgetApprovalMail#remind}: the open approval
 * task's assignee, if it has one, is read from the engine.
 */
@Component("sendApprovalReminderDelegate")
class SendApprovalReminderDelegate implements JavaDelegate {

  private final BudgetApprovalMail mail;

  SendApprovalReminderDelegate(BudgetApprovalMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assignee = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_APPROVE_BUDGET).list().stream()
        .map(Task::getAssignee).filter(Objects::nonNull).findFirst().orElse(null);
    mail.remind(ProcessVariables.recordId(execution),
        ProcessVariables.string(execution, VAR_APPROVER_GROUP), assignee);
  }
}

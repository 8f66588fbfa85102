package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.TASK_APPROVE_BUDGET;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_APPROVER_GROUP;

import com.marketinghub.process.ProcessVariables;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_EscalateApproval to {@link BudgetApproval#escalate} and
 * {@link BudgetApprovalMail#escalate}: the open approval task is offered to the escalation group
 * too when it may decide, and the group is mailed; a level escalated before (the job retried)
 * changes and mails nothing.
 */
@Component("escalateApprovalDelegate")
class EscalateApprovalDelegate implements JavaDelegate {

  private final BudgetApproval approval;
  private final BudgetApprovalMail mail;

  EscalateApprovalDelegate(BudgetApproval approval, BudgetApprovalMail mail) {
    this.approval = approval;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = ProcessVariables.recordId(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_APPROVE_BUDGET).list().stream().findFirst().orElse(null);
    Long counter = ProcessVariables.number(execution, "loopCounter");
    Optional<BudgetApproval.Escalation> escalation = approval.escalate(requestId,
        counter == null ? 1 : counter.intValue() + 1,
        ProcessVariables.string(execution, VAR_APPROVER_GROUP));
    if (escalation.isEmpty()) {
      return;
    }
    if (task != null && escalation.get().newDeciders()) {
      tasks.addCandidateGroup(task.getId(), escalation.get().to());
    }
    mail.escalate(requestId, escalation.get(), task == null ? null : task.getAssignee(),
        task == null ? null : task.getCreateTime().toInstant(),
        task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}

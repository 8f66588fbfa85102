package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.TASK_APPROVE_BUDGET;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_ON_BEHALF_OF;

import com.marketinghub.process.BusinessKeys;
import com.marketinghub.process.ProcessVariables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_HandOverApprovals: on the absence's first day, the approval tasks the absent user
 * holds go to their deputy, or back to the group where the deputy may not decide
 * ({@link ApproverAbsences#handOver}). A cancelled absence, or one not in force today, hands
 * nothing over.
 */
@Component("handOverApprovalsDelegate")
class HandOverApprovalsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(HandOverApprovalsDelegate.class);

  private final ApproverAbsences absences;

  HandOverApprovalsDelegate(ApproverAbsences absences) {
    this.absences = absences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<ApproverAbsence> inForce =
        absences.inForce(ProcessVariables.recordId(execution));
    if (inForce.isEmpty()) {
      return;
    }
    ApproverAbsence absence = inForce.get();
    ProcessEngineServices engine = execution.getProcessEngineServices();
    TaskService tasks = engine.getTaskService();
    List<Task> held = tasks.createTaskQuery().processDefinitionKey(BudgetApprovalProcess.KEY)
        .taskDefinitionKey(TASK_APPROVE_BUDGET).taskAssignee(absence.user()).list();
    Map<String, String> requestIds = BusinessKeys.of(engine.getRuntimeService(),
        held.stream().map(Task::getProcessInstanceId).toList());
    for (Task task : held) {
      long requestId = Long.parseLong(requestIds.get(task.getProcessInstanceId()));
      absences.handOver(requestId, absence.user()).ifPresent(handOver -> {
        if (handOver.deputy() == null) {
          tasks.removeVariableLocal(task.getId(), VAR_ON_BEHALF_OF);
        } else {
          tasks.setVariableLocal(task.getId(), VAR_ON_BEHALF_OF, handOver.from());
        }
        tasks.setAssignee(task.getId(), handOver.deputy());
        log.info("Budget request {}: approval of {} handed to {}", requestId, absence.user(),
            handOver.deputy() == null ? "the group" : handOver.deputy());
      });
    }
  }
}

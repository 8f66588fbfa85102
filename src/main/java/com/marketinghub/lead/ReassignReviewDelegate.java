package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_ReassignToTeam: the review has waited too long with its owner; it becomes an unassigned
 * task of the team (its candidate group), so anyone in the team can claim it.
 */
@Component("reassignReviewDelegate")
class ReassignReviewDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ReassignReviewDelegate.class);

  private final TaskService taskService;
  private final LeadRepository leads;
  private final Clock clock;

  ReassignReviewDelegate(TaskService taskService, LeadRepository leads, Clock clock) {
    this.taskService = taskService;
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID);
    Task review = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(LeadHandoffProcess.TASK_REVIEW_LEAD)
        .singleResult();
    if (review == null) {
      return;
    }
    taskService.setAssignee(review.getId(), null);
    Lead lead = leads.get(leadId);
    leads.assign(leadId, lead.team(), null, OffsetDateTime.now(clock));
    log.info("Review of lead {} taken from {} and offered to its team", leadId, lead.owner());
  }
}

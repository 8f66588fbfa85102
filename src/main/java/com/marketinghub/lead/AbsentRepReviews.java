package com.marketinghub.lead;

import com.marketinghub.security.Absences;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Task_HandOverReviews of review-handover (docs/lead-handoff.md, "Out of office"): on the first
 * day of a rep's absence, the lead reviews they hold go to a teammate: their deputy when the
 * deputy takes the team's leads today, else the next rep of the round robin; with nobody active,
 * back to the team's group. The lead's owner follows the task.
 */
@Service
class AbsentRepReviews {

  private static final Logger log = LoggerFactory.getLogger(AbsentRepReviews.class);
  private static final int PAGE = 200;
  /** Every review handed over leaves the query; more rounds than this is a bug, not a backlog. */
  private static final int MAX_ROUNDS = 1000;

  private final Absences absences;
  private final LeadRepository leads;
  private final RoundRobinAssigner assigner;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Clock clock;

  AbsentRepReviews(Absences absences, LeadRepository leads, RoundRobinAssigner assigner,
      TaskService taskService, RuntimeService runtimeService, Clock clock) {
    this.absences = absences;
    this.leads = leads;
    this.assigner = assigner;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** @return how many reviews were handed over */
  int handOver(long absenceId) {
    Absences.Absence absence = absences.find(absenceId).orElseThrow(() ->
        new IllegalStateException("No absence " + absenceId));
    if (!absence.inForceToday()) {
      log.info("Absence {} is not in force today: no reviews handed over", absenceId);
      return 0;
    }
    int handed = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Task> held = taskService.createTaskQuery()
          .processDefinitionKey(LeadHandoffProcess.KEY)
          .taskDefinitionKey(LeadHandoffProcess.TASK_REVIEW_LEAD)
          .taskAssignee(absence.user()).orderByTaskId().asc().listPage(0, PAGE);
      for (Task task : held) {
        handOver(task, absence);
        handed++;
      }
      if (held.size() < PAGE) {
        log.info("Absence {}: {} lead reviews of {} handed over", absenceId, handed,
            absence.user());
        return handed;
      }
    }
    throw new IllegalStateException("Reviews of " + absence.user() + " keep coming after "
        + MAX_ROUNDS + " rounds");
  }

  private void handOver(Task task, Absences.Absence absence) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    long leadId = Long.parseLong(instance.getBusinessKey());
    Lead lead = leads.get(leadId);
    String team = lead.team();
    String owner = team != null && assigner.activeMembers(team).contains(absence.deputy())
        ? absence.deputy() : team == null ? null : assigner.next(team).owner();
    leads.assign(leadId, team, owner, OffsetDateTime.now(clock));
    taskService.setAssignee(task.getId(), owner);
    log.info("Lead {}: review of absent {} handed to {}", leadId, absence.user(),
        owner == null ? "the team " + team : owner);
  }
}

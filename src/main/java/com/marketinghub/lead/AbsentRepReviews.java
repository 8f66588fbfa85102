package com.marketinghub.lead;

import com.marketinghub.process.BusinessKeys;
import com.marketinghub.security.Absences;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Task_HandOverReviews of review-handover (docs/lead-handoff.md, "Out of office"): on the first
 * day of a rep's absence, the open lead reviews they hold go to a teammate: their deputy when
 * the deputy takes the team's leads today, else the team's active reps in turn (without spending
 * the round robin's turns, so a retried job hands over the same way); with nobody active, to the
 * team's managers with an alert, as Task_AssignOwner does. The lead's owner follows the task.
 */
@Service
class AbsentRepReviews {

  private static final Logger log = LoggerFactory.getLogger(AbsentRepReviews.class);
  private static final int PAGE = 200;

  private final Absences absences;
  private final LeadRepository leads;
  private final RoundRobinAssigner assigner;
  private final LeadAlerts alerts;
  private final LeadHandoffProperties properties;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Clock clock;

  AbsentRepReviews(Absences absences, LeadRepository leads, RoundRobinAssigner assigner,
      LeadAlerts alerts, LeadHandoffProperties properties, TaskService taskService,
      RuntimeService runtimeService, Clock clock) {
    this.absences = absences;
    this.leads = leads;
    this.assigner = assigner;
    this.alerts = alerts;
    this.properties = properties;
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
    // One day for the whole run: past midnight, the absent rep must not count as active again.
    Run run = new Run(absence, absences.today());
    String previousFirst = null;
    while (true) {
      // Every review handed over leaves the query (the absent rep is never a new holder).
      List<Task> held = taskService.createTaskQuery().active()
          .processDefinitionKey(LeadHandoffProcess.KEY)
          .taskDefinitionKey(LeadHandoffProcess.TASK_REVIEW_LEAD)
          .taskAssignee(absence.user()).orderByTaskId().asc().listPage(0, PAGE);
      if (!held.isEmpty() && held.get(0).getId().equals(previousFirst)) {
        throw new IllegalStateException("Review task " + previousFirst + " of absent "
            + absence.user() + " was not handed over");
      }
      previousFirst = held.isEmpty() ? null : held.get(0).getId();
      Map<String, String> leadIds = BusinessKeys.of(runtimeService,
          held.stream().map(Task::getProcessInstanceId).toList());
      held.forEach(task -> run.handOver(task,
          Long.parseLong(leadIds.get(task.getProcessInstanceId()))));
      if (held.size() < PAGE) {
        log.info("Absence {}: {} lead reviews of {} handed over", absenceId, run.handed,
            absence.user());
        return run.handed;
      }
    }
  }

  /** One hand-over: the teams' active reps looked up once, the turns counted per team. */
  private final class Run {

    private final Absences.Absence absence;
    private final LocalDate day;
    private final Map<String, List<String>> active = new HashMap<>();
    private final Map<String, Integer> turns = new HashMap<>();
    private int handed;

    Run(Absences.Absence absence, LocalDate day) {
      this.absence = absence;
      this.day = day;
    }

    /** @param leadId the business key of the task's lead-handoff instance */
    void handOver(Task task, long leadId) {
      Lead lead = leads.get(leadId);
      String team = lead.team();
      String owner = owner(team);
      leads.assign(leadId, team, owner, OffsetDateTime.now(clock));
      taskService.setAssignee(task.getId(), owner);
      if (owner == null) {
        String managers = properties.managerGroupOf(team);
        taskService.addCandidateGroup(task.getId(), managers);
        alerts.noActiveMember(lead, team, managers);
      }
      handed++;
      log.info("Lead {}: review of absent {} handed to {}", leadId, absence.user(),
          owner == null ? "the managers of " + team : owner);
    }

    private String owner(String team) {
      if (team == null) {
        return null;
      }
      List<String> reps = active.computeIfAbsent(team, t -> assigner.activeMembers(t, day)
          .stream().filter(rep -> !rep.equals(absence.user())).toList());
      if (reps.isEmpty()) {
        return null;
      }
      if (reps.contains(absence.deputy())) {
        return absence.deputy();
      }
      int turn = turns.merge(team, 1, Integer::sum) - 1;
      return reps.get(turn % reps.size());
    }
  }
}

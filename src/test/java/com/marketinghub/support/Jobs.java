package com.marketinghub.support;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs what the job executor would, since tests keep it off. */
public final class Jobs {

  private Jobs() {}

  /**
   * Runs the lead-intake jobs that lead imports leave behind, as the job executor would right
   * after the import: the imported leads' handoffs start.
   *
   * @return how many intake jobs ran
   */
  public static int startImportedHandoffs(ManagementService managementService) {
    List<Job> intakes = managementService.createJobQuery().processDefinitionKey("lead-intake")
        .executable().list();
    intakes.forEach(job -> managementService.executeJob(job.getId()));
    return intakes.size();
  }

  /** Executes the due jobs of the instance until none is left (timers not yet due stay). */
  public static void runDue(ManagementService managementService, String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs of " + processInstanceId + " keep coming after 20 rounds");
  }

  /**
   * Like {@link #runDue(ManagementService, String)} for the instance and every instance it calls
   * (call activities), until none of them has a due job.
   */
  public static void runDueInTree(ManagementService managementService,
      RuntimeService runtimeService, String rootProcessInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<String> tree = new java.util.ArrayList<>(List.of(rootProcessInstanceId));
      for (int i = 0; i < tree.size(); i++) {
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(tree.get(i)).list()
            .forEach(child -> tree.add(child.getId()));
      }
      List<Job> due = tree.stream().flatMap(id -> managementService.createJobQuery()
          .processInstanceId(id).executable().list().stream()).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs under " + rootProcessInstanceId + " keep coming");
  }

  /**
   * Fires the timer start event of the process and runs the due jobs of the instance it
   * started, as the job executor would on that day.
   */
  public static void fireStartTimer(ManagementService managementService, String processKey) {
    Job timer = managementService.createJobQuery().processDefinitionKey(processKey).timers()
        .list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst()
        .orElseThrow(() -> new IllegalStateException("No start timer of " + processKey));
    managementService.executeJob(timer.getId());
    managementService.createJobQuery().processDefinitionKey(processKey).executable().list()
        .stream().filter(job -> job.getProcessInstanceId() != null)
        .forEach(job -> runDue(managementService, job.getProcessInstanceId()));
  }

  /**
   * Moves the one clock on to the next due date of the process's start timer, which must lie
   * ahead, and returns that moment in the business zone; {@link #fireStartTimer} then runs it.
   */
  public static ZonedDateTime advanceToStartTimer(ManagementService managementService,
      String processKey) {
    Job timer = managementService.createJobQuery().processDefinitionKey(processKey).timers()
        .list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst()
        .orElseThrow(() -> new IllegalStateException("No start timer of " + processKey));
    Instant due = timer.getDuedate().toInstant();
    if (!due.isAfter(TestClock.now())) {
      throw new IllegalStateException("The start timer of " + processKey + " was due at " + due
          + ", not after " + TestClock.now());
    }
    TestClock.advanceTo(due);
    return due.atZone(TestClock.zone());
  }

  /** Fires the instance's timer on the given boundary or intermediate event, due or not. */
  public static void fireTimer(ManagementService managementService, String processInstanceId,
      String activityId) {
    managementService.executeJob(timer(managementService, processInstanceId, activityId).getId());
  }

  /** When the instance's timer on the given boundary or intermediate event is due. */
  public static Instant timerDue(ManagementService managementService, String processInstanceId,
      String activityId) {
    return timer(managementService, processInstanceId, activityId).getDuedate().toInstant();
  }

  private static Job timer(ManagementService managementService, String processInstanceId,
      String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer at " + activityId + " in " + processInstanceId);
    }
    return timer;
  }
}

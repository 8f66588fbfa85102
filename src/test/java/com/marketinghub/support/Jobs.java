package com.marketinghub.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs what the job executor would, since tests keep it off. */
public final class Jobs {

  private Jobs() {}

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

  /** Fires the instance's timer on the given boundary or intermediate event, due or not. */
  public static void fireTimer(ManagementService managementService, String processInstanceId,
      String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer at " + activityId + " in " + processInstanceId);
    }
    managementService.executeJob(timer.getId());
  }
}

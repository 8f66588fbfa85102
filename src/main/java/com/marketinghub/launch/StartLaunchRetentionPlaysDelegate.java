package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartRetentionPlays: {@link LaunchFollowUps#requestRetentionPlays}; how many targeted
 * accounts did not adopt as accountsNotAdopting.
 */
@Component("startLaunchRetentionPlaysDelegate")
class StartLaunchRetentionPlaysDelegate implements JavaDelegate {

  private final LaunchFollowUps followUps;

  StartLaunchRetentionPlaysDelegate(LaunchFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("accountsNotAdopting", followUps.requestRetentionPlays(
        ProcessVariables.recordId(execution)));
  }
}

package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartEnablementCampaign: {@link LaunchFollowUps#requestEnablementCampaign} with the
 * review form's channel, amount and currency; the budget request's id as enablementRequestId.
 */
@Component("startEnablementCampaignDelegate")
class StartEnablementCampaignDelegate implements JavaDelegate {

  private final LaunchFollowUps followUps;

  StartEnablementCampaignDelegate(LaunchFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = followUps.requestEnablementCampaign(
        ProcessVariables.recordId(execution),
        ProcessVariables.text(execution, "enablementChannel"),
        execution.getVariable("enablementAmount"),
        ProcessVariables.text(execution, "enablementCurrency"));
    execution.setVariable("enablementRequestId", requestId);
  }
}

package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_CHURNED;
import static com.marketinghub.health.RetentionPlayProcess.VAR_LATEST_BAND;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_Reassess: {@link RetentionPlays#reassess} of the instance's account (its business key,
 * not the variable accountId), for the gateway.
 */
@Component("reassessPlayDelegate")
class ReassessPlayDelegate implements JavaDelegate {

  private final RetentionPlays plays;

  ReassessPlayDelegate(RetentionPlays plays) {
    this.plays = plays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionPlays.Reassessment found =
        plays.reassess(execution.getProcessBusinessKey());
    execution.setVariable(VAR_ACCOUNT_CHURNED, found.churned());
    execution.setVariable(VAR_LATEST_BAND, found.latestBand());
  }
}

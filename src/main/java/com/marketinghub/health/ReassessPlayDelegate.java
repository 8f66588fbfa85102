package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_CHURNED;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_ID;
import static com.marketinghub.health.RetentionPlayProcess.VAR_LATEST_BAND;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Reassess: {@link RetentionPlays#reassess}, for the gateway. */
@Component("reassessPlayDelegate")
class ReassessPlayDelegate implements JavaDelegate {

  private final RetentionPlays plays;

  ReassessPlayDelegate(RetentionPlays plays) {
    this.plays = plays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionPlays.Reassessment found =
        plays.reassess(ProcessVariables.string(execution, VAR_ACCOUNT_ID));
    execution.setVariable(VAR_ACCOUNT_CHURNED, found.churned());
    execution.setVariable(VAR_LATEST_BAND, found.latestBand());
  }
}

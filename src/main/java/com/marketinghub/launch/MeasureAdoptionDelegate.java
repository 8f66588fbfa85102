package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_BELOW_TARGET;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MeasureAdoption (async): {@link LaunchFollowUps#measureAdoption}, belowTarget set. */
@Component("measureAdoptionDelegate")
class MeasureAdoptionDelegate implements JavaDelegate {

  private final LaunchFollowUps followUps;

  MeasureAdoptionDelegate(LaunchFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(VAR_BELOW_TARGET, followUps.measureAdoption(
        ProcessVariables.recordId(execution)));
  }
}

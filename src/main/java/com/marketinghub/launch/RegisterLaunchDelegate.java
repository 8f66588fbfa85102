package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_LAUNCH_ID;
import static com.marketinghub.launch.LaunchProcess.VAR_OWNER;
import static com.marketinghub.launch.LaunchProcess.VAR_TIER;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterLaunch: {@link LaunchCoordination#register}; a launch stored from the brief form
 * gets its variable launchId, and either way the business key becomes the launch's id.
 */
@Component("registerLaunchDelegate")
class RegisterLaunchDelegate implements JavaDelegate {

  private final LaunchCoordination coordination;

  RegisterLaunchDelegate(LaunchCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long given = ProcessVariables.number(execution, VAR_LAUNCH_ID);
    Launch launch = coordination.register(given, BriefForm.of(execution),
        ProcessVariables.text(execution, "initiator"), execution.getProcessInstanceId());
    if (given == null) {
      execution.setVariable(VAR_LAUNCH_ID, launch.id());
    }
    execution.setProcessBusinessKey(String.valueOf(launch.id()));
    execution.setVariable(VAR_OWNER, launch.owner());
    execution.setVariable(VAR_TIER, launch.tier());
  }
}

package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${launchStatus.set(execution, 'READINESS')}}: the execution listeners of
 * launch-coordination keep the launch's status where the process is, visibly in the model.
 */
@Component("launchStatus")
public class LaunchStatusListener {

  private final LaunchCoordination coordination;

  LaunchStatusListener(LaunchCoordination coordination) {
    this.coordination = coordination;
  }

  public void set(DelegateExecution execution, String status) {
    coordination.setStatus(ProcessVariables.recordId(execution),
        LaunchStatus.valueOf(status));
  }
}

package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${launchStatus.set(execution, 'READINESS')}}: the execution listeners of
 * launch-coordination keep the launch's status where the process is, visibly in the model.
 */
@Component("launchStatus")
public class LaunchStatusListener {

  private final LaunchRepository launches;
  private final Clock clock;

  LaunchStatusListener(LaunchRepository launches, Clock clock) {
    this.launches = launches;
    this.clock = clock;
  }

  public void set(DelegateExecution execution, String status) {
    launches.setStatus(ProcessVariables.id(execution, LaunchProcess.VAR_LAUNCH_ID), LaunchStatus.valueOf(status),
        OffsetDateTime.now(clock));
  }
}

package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_StartRetentionPlays: the targeted accounts that did not use the feature in the adoption
 * window are sent to Customer Success (Msg_RetentionPlaysRequested, which starts its
 * retention-play-request), whose own step starts a retention-play for those whose latest health
 * band is AT_RISK and that have no open play (docs/customer-health.md).
 */
@Component("startLaunchRetentionPlaysDelegate")
class StartLaunchRetentionPlaysDelegate implements JavaDelegate {

  /** retention-play-request's message and the variable it reads. */
  static final String MSG_RETENTION_PLAYS_REQUESTED = "Msg_RetentionPlaysRequested";

  private static final Logger log = LoggerFactory.getLogger(
      StartLaunchRetentionPlaysDelegate.class);

  private final LaunchRepository launches;
  private final AdoptionRepository adoptions;
  private final FeatureUsageRepository usage;
  private final RuntimeService runtimeService;

  StartLaunchRetentionPlaysDelegate(LaunchRepository launches, AdoptionRepository adoptions,
      FeatureUsageRepository usage, RuntimeService runtimeService) {
    this.launches = launches;
    this.adoptions = adoptions;
    this.usage = usage;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Launch launch = launches.get(ProcessVariables.id(execution, LaunchProcess.VAR_LAUNCH_ID));
    AdoptionRepository.Measured window = adoptions.latest(launch.id()).orElseThrow();
    List<Long> notAdopting = usage.notUsing(launch.targetSegments(), launch.featureKey(),
        window.windowStart(), window.windowEnd());
    runtimeService.createMessageCorrelation(MSG_RETENTION_PLAYS_REQUESTED)
        .processInstanceBusinessKey("launch-" + launch.id())
        .setVariable("accountIds", notAdopting)
        .correlateStartMessage();
    execution.setVariable("accountsNotAdopting", notAdopting.size());
    log.info("Launch {}: {} targeted accounts did not adopt {}; sent to Customer Success for "
        + "retention plays", launch.id(), notAdopting.size(), launch.featureKey());
  }
}

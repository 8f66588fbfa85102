package com.marketinghub.history;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's database history writer with {@link LeanDbHistoryEventHandler} unless
 * {@code marketing-hub.history.lean} is false. Measured in docs/benchmarks.md.
 */
@Component
@ConditionalOnProperty(name = "marketing-hub.history.lean", havingValue = "true",
    matchIfMissing = true)
class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(LeanHistoryPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(
        new ArrayList<>(List.of(new LeanDbHistoryEventHandler())));
    log.info("History: variable details and the job log of created and succeeded jobs are not"
        + " written (marketing-hub.history.lean=true)");
  }
}

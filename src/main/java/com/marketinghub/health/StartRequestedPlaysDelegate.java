package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayRequestProcess.VAR_ACCOUNT_IDS;
import static com.marketinghub.health.RetentionPlayRequestProcess.VAR_PLAYS_STARTED;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_StartPlaysForAtRisk: of the requested accounts, those whose latest score is AT_RISK and
 * that have no open play get a retention-play (docs/customer-health.md).
 */
@Component("startRequestedPlaysDelegate")
class StartRequestedPlaysDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(StartRequestedPlaysDelegate.class);

  private final RetentionPlayStarter plays;

  StartRequestedPlaysDelegate(RetentionPlayStarter plays) {
    this.plays = plays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(VAR_ACCOUNT_IDS) instanceof List<?> requested)) {
      throw new IllegalStateException("A retention play request without " + VAR_ACCOUNT_IDS);
    }
    List<Long> accountIds = requested.stream().map(id -> ((Number) id).longValue()).toList();
    int started = plays.startForLatestAtRisk(accountIds);
    execution.setVariable(VAR_PLAYS_STARTED, started);
    log.info("Retention plays requested ({}) for {} accounts: {} at risk without a play started",
        execution.getBusinessKey(), accountIds.size(), started);
  }
}

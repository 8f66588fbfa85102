package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_CHURNED;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_ID;
import static com.marketinghub.health.RetentionPlayProcess.VAR_LATEST_BAND;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_Reassess: whether the account churned (the accounts import marks it) and its latest
 * health band, scored by the daily check since the play began.
 */
@Component("reassessPlayDelegate")
class ReassessPlayDelegate implements JavaDelegate {

  private final AccountRepository accounts;
  private final HealthScoreRepository history;

  ReassessPlayDelegate(AccountRepository accounts, HealthScoreRepository history) {
    this.accounts = accounts;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = String.valueOf(execution.getVariable(VAR_ACCOUNT_ID));
    Account account = accounts.findByAccountId(id).orElseThrow(() ->
        new IllegalStateException("Retention play of an unknown account " + id));
    execution.setVariable(VAR_ACCOUNT_CHURNED, account.churned());
    execution.setVariable(VAR_LATEST_BAND, history.latestBand(account.id())
        .orElse("AT_RISK"));
  }
}

package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import static com.marketinghub.health.RetentionPlayProcess.MSG_PLAY_REQUESTED;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_CURRENCY;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_ID;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_NAME;
import static com.marketinghub.health.RetentionPlayProcess.VAR_CSM;
import static com.marketinghub.health.RetentionPlayProcess.VAR_HEALTH_SCORE;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts a retention-play for each account scored AT_RISK on a day that has no open play, in
 * the caller's transaction (a job of customer-health-check).
 */
@Service
class RetentionPlayStarter {

  private static final Logger log = LoggerFactory.getLogger(RetentionPlayStarter.class);

  private final HealthScoreRepository scores;
  private final AccountRepository accounts;
  private final RetentionPlayRepository plays;
  private final RuntimeService runtimeService;
  private final Clock clock;

  RetentionPlayStarter(HealthScoreRepository scores, AccountRepository accounts,
      RetentionPlayRepository plays, RuntimeService runtimeService, Clock clock) {
    this.scores = scores;
    this.accounts = accounts;
    this.plays = plays;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** The at-risk accounts of the day with an id above {@code afterId}, at most {@code size}. */
  StartChunk startChunk(LocalDate day, Long afterId, int size) {
    List<AtRisk> atRisk = scores.atRiskOn(day, afterId, size).stream()
        .map(scored -> new AtRisk(scored.id(), scored.score())).toList();
    int started = 0;
    for (AtRisk account : atRisk) {
      if (startIfNone(account)) {
        started++;
      }
    }
    return new StartChunk(atRisk.size(), started,
        atRisk.isEmpty() ? null : atRisk.get(atRisk.size() - 1).id());
  }

  /**
   * Starts a play for each of these accounts whose latest score is AT_RISK and that has no open
   * play, in the caller's transaction (retention-play-request: the accounts of a launch that did
   * not adopt its feature, say).
   *
   * @return how many plays were started
   */
  int startForLatestAtRisk(List<Long> accountIds) {
    int started = 0;
    for (HealthScoreRepository.Scored account : scores.latestAtRisk(accountIds)) {
      if (startIfNone(new AtRisk(account.id(), account.score()))) {
        started++;
      }
    }
    return started;
  }

  private boolean startIfNone(AtRisk atRisk) {
    // Under the account's row lock: a check running at the same time waits here and then sees
    // this play (the unique open_account_id would refuse a second one anyway).
    accounts.lock(atRisk.id());
    if (plays.hasOpenPlay(atRisk.id())) {
      return false;
    }
    Account account = accounts.get(atRisk.id());
    long playId = plays.open(account.id(), OffsetDateTime.now(clock));
    ProcessInstance instance = runtimeService.createMessageCorrelation(MSG_PLAY_REQUESTED)
        .processInstanceBusinessKey(account.accountId())
        .setVariable(VAR_ACCOUNT_ID, account.accountId())
        .setVariable(VAR_PLAY_ID, playId)
        .setVariable(VAR_ACCOUNT_NAME, account.name())
        .setVariable(VAR_CSM, account.csm())
        .setVariable(VAR_ACCOUNT_CURRENCY, account.currency())
        .setVariable(VAR_HEALTH_SCORE, atRisk.score())
        .correlateStartMessage();
    plays.setProcessInstanceId(playId, instance.getId());
    log.info("Account {} ({}) is at risk with score {}: retention play {} started",
        account.accountId(), account.name(), atRisk.score(), playId);
    return true;
  }

  private record AtRisk(long id, int score) {}
}

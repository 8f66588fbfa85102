package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.common.FieldErrors;
import com.marketinghub.common.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the health API shows: an account's recent scores, and the accounts at risk. */
@Service
class AccountHealthService {

  private final AccountRepository accounts;
  private final HealthScoreRepository scores;
  private final RetentionPlayRepository plays;

  AccountHealthService(AccountRepository accounts, HealthScoreRepository scores,
      RetentionPlayRepository plays) {
    this.accounts = accounts;
    this.scores = scores;
    this.plays = plays;
  }

  /** The latest {@code days} scores of the account with this CRM id, newest first. */
  AccountHealth health(String accountId, int days) {
    if (days < 1 || days > 366) {
      new FieldErrors().reject("days", "must be between 1 and 366, was " + days)
          .throwIfAny("health history");
    }
    Account account = accounts.findByAccountId(accountId)
        .orElseThrow(() -> new NotFoundException("No account with id " + accountId));
    List<HealthScoreRepository.DayScore> history = scores.latest(account.id(), days);
    return new AccountHealth(account.accountId(), account.name(), account.plan(), account.csm(),
        account.churned(), history.isEmpty() ? null : history.get(0).score(),
        history.isEmpty() ? null : history.get(0).band(),
        plays.openPlay(account.id()).orElse(null), history);
  }

  List<AtRiskAccount> atRisk() {
    return scores.latestAtRiskWithPlays();
  }

  record AccountHealth(String accountId, String name, String plan, String csm, boolean churned,
      Integer score, String band, OpenPlay openPlay,
      List<HealthScoreRepository.DayScore> history) {}
}

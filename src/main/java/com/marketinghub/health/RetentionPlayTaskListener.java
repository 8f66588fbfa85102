package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import static com.marketinghub.health.RetentionPlayProcess.TASK_CHOOSE_PLAY;
import static com.marketinghub.health.RetentionPlayProcess.TASK_EXECUTE_PLAY;
import static com.marketinghub.health.RetentionPlayProcess.TASK_MANAGER_REVIEW;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_ID;
import static com.marketinghub.health.RetentionPlayProcess.VAR_ACCOUNT_NAME;
import static com.marketinghub.health.RetentionPlayProcess.VAR_MANAGER_DECISION;
import static com.marketinghub.health.RetentionPlayProcess.VAR_NO_ACTION_REASON;
import static com.marketinghub.health.RetentionPlayProcess.VAR_OFFER_AMOUNT;
import static com.marketinghub.health.RetentionPlayProcess.VAR_OFFER_DECISION;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_ID;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_OWNER;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_TYPE;

import com.marketinghub.common.Money;
import com.marketinghub.security.TaskCompleter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The three user tasks of retention-play. On create: a name that says the account, and the
 * account's health history with its components for the form. On complete: the choice checked
 * (a clear error instead of a process stuck at a gateway) and recorded.
 */
@Component("retentionPlayTaskListener")
class RetentionPlayTaskListener implements TaskListener {

  static final Set<String> MANAGER_DECISIONS = Set.of("ANOTHER_PLAY", "ACCEPT_RISK");
  private static final int HISTORY_DAYS = 14;

  private final AccountRepository accounts;
  private final HealthScoreRepository history;
  private final RetentionPlayRepository plays;

  RetentionPlayTaskListener(AccountRepository accounts, HealthScoreRepository history,
      RetentionPlayRepository plays) {
    this.accounts = accounts;
    this.history = history;
    this.plays = plays;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      switch (task.getTaskDefinitionKey()) {
        case TASK_CHOOSE_PLAY -> chosen(task);
        case TASK_MANAGER_REVIEW -> reviewed(task);
        default -> { }
      }
    }
  }

  private void prepare(DelegateTask task) {
    Account account = account(task);
    String title = switch (task.getTaskDefinitionKey()) {
      case TASK_CHOOSE_PLAY -> "Choose a retention play";
      case TASK_EXECUTE_PLAY -> "Carry out " + label(task.getVariable(VAR_PLAY_TYPE));
      default -> "Still at risk after a play";
    };
    task.setName(title + ": " + account.name() + " (" + account.accountId() + ")");
    task.setVariableLocal("accountSummary", summary(account));
    task.setVariableLocal("healthHistory",
        HealthScoreRepository.text(history.latest(account.id(), HISTORY_DAYS)));
    Object offerDecision = task.getVariable(VAR_OFFER_DECISION);
    // Back from budget-approval without approval: rejected, or withdrawn by the requester.
    if (TASK_CHOOSE_PLAY.equals(task.getTaskDefinitionKey()) && offerDecision != null
        && !"APPROVE".equals(offerDecision)) {
      task.setVariableLocal("offerNote", "The commercial offer's budget was not approved: "
          + "choose another play.");
    }
  }

  private void chosen(DelegateTask task) {
    Object value = task.getVariable(VAR_PLAY_TYPE);
    PlayType type;
    try {
      type = PlayType.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("Retention play: playType must be one of "
          + Arrays.toString(PlayType.values()) + ", was " + value);
    }
    String reason = text(task.getVariable(VAR_NO_ACTION_REASON));
    if (type == PlayType.NO_ACTION && reason == null) {
      throw new BadUserRequestException("Retention play: no action needs a reason "
          + "(noActionReason)");
    }
    if (type == PlayType.COMMERCIAL_OFFER && !(amount(task.getVariable(VAR_OFFER_AMOUNT))
        .signum() > 0)) {
      throw new BadUserRequestException("Retention play: a commercial offer needs its discount "
          + "as offerAmount above 0, was " + task.getVariable(VAR_OFFER_AMOUNT));
    }
    task.getExecution().setVariable(VAR_PLAY_OWNER, TaskCompleter.userId(task));
    // A new choice starts a new offer approval, if any.
    task.getExecution().removeVariable(VAR_OFFER_DECISION);
    plays.chosen(playId(task), type, type == PlayType.NO_ACTION ? reason : null);
  }

  private static void reviewed(DelegateTask task) {
    Object decision = task.getVariable(VAR_MANAGER_DECISION);
    if (decision == null || !MANAGER_DECISIONS.contains(decision.toString())) {
      throw new BadUserRequestException("Retention play review: managerDecision must be one of "
          + MANAGER_DECISIONS.stream().sorted().toList() + ", was " + decision);
    }
  }

  private Account account(DelegateTask task) {
    String id = String.valueOf(task.getVariable(VAR_ACCOUNT_ID));
    return accounts.findByAccountId(id).orElseThrow(() ->
        new IllegalStateException("Retention play of an unknown account " + id));
  }

  private static String summary(Account account) {
    return account.name() + " (" + account.accountId() + "), plan " + account.plan() + ", "
        + account.seatsPurchased() + " seats, annual value "
        + Money.format(account.annualValueMinor()) + " "
        + account.currency() + ", renews " + (account.renewalDate() == null ? "-"
        : account.renewalDate()) + ", CSM " + (account.csm() == null ? "-" : account.csm());
  }

  private static String label(Object playType) {
    return playType == null ? "the play"
        : playType.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static long playId(DelegateTask task) {
    return ((Number) task.getVariable(VAR_PLAY_ID)).longValue();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static BigDecimal amount(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}

package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.common.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * retention-play on plain ids and values: what its three tasks show ({@code prepare...}) and
 * what their completion checks and records (a clear error instead of a process stuck at a
 * gateway), the reassessment, and the play's outcome. Refusals are
 * {@link BadUserRequestException}s, the task's 400. Its bean is {@code retentionPlayService}:
 * {@code retentionPlays} is the end events' listener ({@link RetentionPlayEndListener}), the
 * name the model uses.
 */
@Service("retentionPlayService")
class RetentionPlays {

  static final Set<String> MANAGER_DECISIONS = Set.of("ANOTHER_PLAY", "ACCEPT_RISK");

  private static final Logger log = LoggerFactory.getLogger(RetentionPlays.class);
  private static final int HISTORY_DAYS = 14;

  private final AccountRepository accounts;
  private final HealthScoreRepository history;
  private final RetentionPlayRepository plays;
  private final Clock clock;

  RetentionPlays(AccountRepository accounts, HealthScoreRepository history,
      RetentionPlayRepository plays, Clock clock) {
    this.accounts = accounts;
    this.history = history;
    this.plays = plays;
    this.clock = clock;
  }

  /**
   * Task_ChoosePlay: the account and its health history; back from budget-approval without
   * approval (rejected, or withdrawn by the requester), a note that says so.
   *
   * @param offerDecision the last decision of the offer's budget approval, null without any
   */
  TaskView prepareChoosePlay(String accountId, String offerDecision) {
    Map<String, Object> note = offerDecision == null || "APPROVE".equals(offerDecision)
        ? Map.of() : Map.of("offerNote", "The commercial offer's budget was not approved: "
            + "choose another play.");
    return prepare("Choose a retention play", accountId, note);
  }

  /** Task_ExecutePlay: "Carry out executive outreach: ..." and the account's health. */
  TaskView prepareExecutePlay(String accountId, String playType) {
    return prepare("Carry out " + (playType == null ? "the play"
        : playType.toLowerCase(Locale.ROOT).replace('_', ' ')), accountId, Map.of());
  }

  /** Task_ManagerReview: the account still at risk after a play, and its health. */
  TaskView prepareManagerReview(String accountId) {
    return prepare("Still at risk after a play", accountId, Map.of());
  }

  /**
   * Task_ChoosePlay completed: a PlayType; NO_ACTION with a reason, a commercial offer with its
   * discount above 0. Records the play's type (and the reason of NO_ACTION).
   */
  void choosePlay(Play play, String playType, String noActionReason, String offerAmount) {
    PlayType type;
    try {
      type = PlayType.valueOf(String.valueOf(playType));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("Retention play: playType must be one of "
          + Arrays.toString(PlayType.values()) + ", was " + playType);
    }
    if (type == PlayType.NO_ACTION && noActionReason == null) {
      throw new BadUserRequestException("Retention play: no action needs a reason "
          + "(noActionReason)");
    }
    if (type == PlayType.COMMERCIAL_OFFER && !(amount(offerAmount).signum() > 0)) {
      throw new BadUserRequestException("Retention play: a commercial offer needs its discount "
          + "as offerAmount above 0, was " + offerAmount);
    }
    long playId = checked(play);
    plays.chosen(playId, type, type == PlayType.NO_ACTION ? noActionReason : null);
  }

  /** Task_ManagerReview completed: ANOTHER_PLAY or ACCEPT_RISK. */
  void reviewStillAtRisk(String managerDecision) {
    if (managerDecision == null || !MANAGER_DECISIONS.contains(managerDecision)) {
      throw new BadUserRequestException("Retention play review: managerDecision must be one of "
          + MANAGER_DECISIONS.stream().sorted().toList() + ", was " + managerDecision);
    }
  }

  /**
   * Task_Reassess: whether the account churned (the accounts import marks it) and its latest
   * health band, scored by the daily check since the play began (AT_RISK if never scored).
   */
  Reassessment reassess(String accountId) {
    Account account = account(accountId);
    return new Reassessment(account.churned(),
        history.latestBand(account.id()).orElse("AT_RISK"));
  }

  /**
   * The play ends with this outcome if it is still open (one cancelled after it ended keeps its
   * outcome), so that it never blocks the account's next play.
   */
  void end(Play play, PlayOutcome outcome) {
    if (plays.end(checked(play), outcome, OffsetDateTime.now(clock))) {
      log.info("Retention play {} of account {} ended: {}", play.playId(), play.accountId(),
          outcome);
    }
  }

  /**
   * The play id travels as a process variable; the account is the instance's business key. The
   * play must be that account's and run by this instance, or nothing is recorded.
   */
  private long checked(Play play) {
    RetentionPlayRepository.PlayOf stored = plays.playOf(play.playId()).orElseThrow(() ->
        new IllegalStateException("No retention play " + play.playId()));
    if (!stored.accountId().equals(play.accountId())
        || !play.processInstanceId().equals(stored.processInstanceId())) {
      throw new IllegalStateException("Retention play " + play.playId() + " is account "
          + stored.accountId() + "'s play of process instance " + stored.processInstanceId()
          + ", not account " + play.accountId() + "'s of " + play.processInstanceId());
    }
    return play.playId();
  }

  private TaskView prepare(String title, String accountId, Map<String, Object> more) {
    Account account = account(accountId);
    Map<String, Object> locals = new HashMap<>(more);
    locals.put("accountSummary", summary(account));
    locals.put("healthHistory",
        HealthScoreRepository.text(history.latest(account.id(), HISTORY_DAYS)));
    return new TaskView(title + ": " + account.name() + " (" + account.accountId() + ")",
        locals);
  }

  private Account account(String accountId) {
    return accounts.findByAccountId(accountId).orElseThrow(() ->
        new IllegalStateException("Retention play of an unknown account " + accountId));
  }

  private static String summary(Account account) {
    return account.name() + " (" + account.accountId() + "), plan " + account.plan() + ", "
        + account.seatsPurchased() + " seats, annual value "
        + Money.format(account.annualValueMinor()) + " "
        + account.currency() + ", renews " + (account.renewalDate() == null ? "-"
        : account.renewalDate()) + ", CSM " + (account.csm() == null ? "-" : account.csm());
  }

  private static BigDecimal amount(String value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }

  /**
   * A retention-play instance's play as the instance names it.
   *
   * @param playId the process variable playId
   * @param accountId the business key: the account's CRM id
   */
  record Play(long playId, String accountId, String processInstanceId) {}

  /** What a task shows: its name and the task-local variables its form reads. */
  record TaskView(String name, Map<String, Object> locals) {}

  /** What Task_Reassess found: the gateway's latestBand and accountChurned. */
  record Reassessment(boolean churned, String latestBand) {}
}

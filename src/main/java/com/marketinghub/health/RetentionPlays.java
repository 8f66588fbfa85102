package com.marketinghub.health;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.common.Money;
import com.marketinghub.security.GroupMembers;
import com.marketinghub.security.Groups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  /** Who decides on an account still at risk (Task_ManagerReview's candidate group). */
  static final List<String> DECIDERS = List.of(Groups.CUSTOMER_SUCCESS_MANAGERS);
  /** A snoozed play comes back within this (a play snoozed for ever would block the next). */
  static final Period MAX_FOLLOW_UP = java.time.Period.ofDays(90);
  /** One note, as the form's field allows. */
  static final int MAX_NOTE = 2000;
  /** The notes shown in a task: a string variable holds 4000 characters. */
  static final int SHOWN_NOTES = 3800;

  private static final Logger log = LoggerFactory.getLogger(RetentionPlays.class);
  private static final int HISTORY_DAYS = 14;

  private final AccountRepository accounts;
  private final HealthScoreRepository history;
  private final RetentionPlayRepository plays;
  private final GroupMembers members;
  private final Clock clock;

  RetentionPlays(AccountRepository accounts, HealthScoreRepository history,
      RetentionPlayRepository plays, GroupMembers members, Clock clock) {
    this.accounts = accounts;
    this.history = history;
    this.plays = plays;
    this.members = members;
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
   * What Task_ExecutePlay (coming back on its follow-up day) and Task_ManagerReview show of the
   * play: every note so far ({@code playHistory}) and its follow-up day.
   */
  Map<String, Object> notesView(Play play) {
    RetentionPlayRepository.PlayNotes notes = plays.notes(checked(play));
    Map<String, Object> locals = new HashMap<>();
    locals.put("playHistory", notes.notes() == null ? "No notes yet" : latest(notes.notes()));
    locals.put("followUpSet", notes.followUpOn() == null ? "-" : notes.followUpOn().toString());
    return locals;
  }

  /**
   * The newest notes that fit a process variable (a string variable holds 4000 characters):
   * older ones are named, not shown (all are in the API and the export).
   */
  private static String latest(String notes) {
    if (notes.length() <= SHOWN_NOTES) {
      return notes;
    }
    String tail = notes.substring(notes.length() - SHOWN_NOTES);
    int start = tail.indexOf("\n\n[");
    return "(earlier notes: GET /api/accounts/{id}/health, retention-plays.csv)\n\n"
        + (start < 0 ? tail : tail.substring(start + 2));
  }

  /**
   * Task_ExecutePlay completed: the CSM's note is kept with the day and its author (the
   * authenticated completer), after the play's earlier notes; a follow-up day
   * brings the task back on that day at 06:00 (business zone) instead of going on to the
   * reassessment.
   *
   * @param followUpOn ISO date, from today to {@link #MAX_FOLLOW_UP} ahead (a time after it, as
   *     Tasklist's date field may send it, is ignored); blank: none
   * @return when the task comes back; empty: no follow-up
   */
  Optional<Instant> executePlay(Play play, String note, String followUpOn,
      String by) {
    long playId = checked(play);
    LocalDate today = java.time.LocalDate.now(clock);
    LocalDate followUp = null;
    if (note != null && note.length() > MAX_NOTE) {
      throw new BadUserRequestException("Retention play " + playId + ": playNotes holds at most "
          + MAX_NOTE + " characters, had " + note.length());
    }
    if (followUpOn != null && !followUpOn.isBlank()) {
      String text = followUpOn.trim();
      try {
        followUp = java.time.LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T'
            ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("Retention play " + playId + ": followUpOn must be a "
            + "date like 2026-06-01, was '" + followUpOn + "'");
      }
      if (followUp.isBefore(today) || followUp.isAfter(today.plus(MAX_FOLLOW_UP))) {
        throw new BadUserRequestException("Retention play " + playId + ": followUpOn must be "
            + "from today (" + today + ") to " + today.plus(MAX_FOLLOW_UP) + ", was "
            + followUp);
      }
    }
    String entry = note == null || note.isBlank() ? null
        : "[" + today + ", " + by + "] " + note.trim();
    plays.recordExecution(playId, entry, followUp);
    return followUp == null ? java.util.Optional.empty()
        : java.util.Optional.of(followUp.atTime(6, 0).atZone(clock.getZone()).toInstant());
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

  /**
   * Task_ManagerReview completed: ANOTHER_PLAY or ACCEPT_RISK, by a member of
   * customer-success-managers (refused for anyone else, an admin included); recorded on the play
   * with who took it, which is what lets the play end RISK_ACCEPTED.
   *
   * @param by who completes the task (authenticated user, else assignee); null for nobody
   */
  void reviewStillAtRisk(Play play, String managerDecision, String by) {
    if (managerDecision == null || !MANAGER_DECISIONS.contains(managerDecision)) {
      throw new BadUserRequestException("Retention play review: managerDecision must be one of "
          + MANAGER_DECISIONS.stream().sorted().toList() + ", was " + managerDecision);
    }
    if (!members.inAny(by, DECIDERS)) {
      throw new BadUserRequestException("User '" + by + "' may not decide on retention play "
          + play.playId() + ": a member of " + DECIDERS + " must");
    }
    plays.managerDecided(checked(play), managerDecision, by, OffsetDateTime.now(clock));
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
   * outcome), so that it never blocks the account's next play. The outcome is the end event's,
   * and it is recorded only when the database bears it out ({@link #checkOutcome}).
   */
  void end(Play play, PlayOutcome outcome) {
    long playId = checked(play);
    checkOutcome(play, outcome);
    if (plays.end(playId, outcome, OffsetDateTime.now(clock))) {
      log.info("Retention play {} of account {} ended: {}", play.playId(), play.accountId(),
          outcome);
    }
  }

  /**
   * Before an outcome is recorded (and goes out with the retention plays export): SAVED needs
   * the account, as stored, not churned and no longer AT_RISK by its latest score; CHURNED the
   * account marked churned; RISK_ACCEPTED the play's row holding ACCEPT_RISK by a member of
   * customer-success-managers, recorded when Task_ManagerReview was completed. Otherwise the end
   * event's job fails and becomes an incident, and the play stays open: a process moved to an
   * end, or a forged managerDecision, records nothing. CANCELLED (the instance cancelled in
   * Cockpit) claims nothing about the account.
   */
  private void checkOutcome(Play play, PlayOutcome outcome) {
    String problem = switch (outcome) {
      case SAVED -> {
        Reassessment now = reassess(play.accountId());
        yield now.churned() ? "the account has churned"
            : "AT_RISK".equals(now.latestBand()) ? "the account is still AT_RISK" : null;
      }
      case CHURNED -> reassess(play.accountId()).churned() ? null
          : "the account is not marked churned";
      case RISK_ACCEPTED -> {
        RetentionPlayRepository.ManagerDecision decision =
            plays.managerDecision(play.playId()).orElse(null);
        yield decision == null ? "no manager's decision is recorded"
            : !"ACCEPT_RISK".equals(decision.decision())
            ? "the manager's decision is " + decision.decision()
            : members.inAny(decision.decidedBy(), DECIDERS) ? null
            : "it was decided by " + decision.decidedBy() + ", a member of none of " + DECIDERS;
      }
      case CANCELLED -> null;
    };
    if (problem != null) {
      throw new IllegalStateException("Retention play " + play.playId() + " of account "
          + play.accountId() + " does not end " + outcome + ": " + problem);
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

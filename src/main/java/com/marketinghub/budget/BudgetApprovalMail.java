package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.notify.PeopleMailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * budget-approval's mails, on plain ids and values (split from {@link BudgetApproval} by
 * concern): the decision to the requester, the reminder to the approvers.
 */
@Service
class BudgetApprovalMail {

  private final BudgetRequestRepository requests;
  private final BudgetLedger ledger;
  private final PeopleMailer mailer;
  private final Clock clock;

  BudgetApprovalMail(BudgetRequestRepository requests, BudgetLedger ledger, PeopleMailer mailer,
      Clock clock) {
    this.requests = requests;
    this.ledger = ledger;
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * Task_NotifyApproved and Task_NotifyRejected: tells the requester, with the remaining budget
   * or the reason. A requester without an e-mail address gets no mail, and the step goes on.
   */
  void mailDecision(long requestId, boolean approved, String reason) {
    BudgetRequest request = requests.get(requestId);
    String text;
    if (approved) {
      BudgetLine line = ledger.line(request.quarter(), request.channel());
      text = "Your budget request " + request.id() + " is approved and committed:\n"
          + request.describe() + "\n\nRemaining for " + request.channel() + " in "
          + request.quarter() + ": " + Money.format(line.remaining()) + " " + request.currency()
          + "\n";
    } else {
      text = "Your budget request " + request.id() + " was rejected:\n" + request.describe()
          + "\n\nReason: " + reason + "\n";
    }
    text += "\nDecisions:\n" + requests.decisions(requestId).stream()
        .map(decision -> "- " + decision.describe()).collect(Collectors.joining("\n")) + "\n";
    mailer.send(List.of(request.requester()), List.of(),
        (approved ? "Budget approved: " : "Budget rejected: ") + request.describe(), text);
  }

  /** Task_SendApprovalReminder: mails the open approval's assignee, or else its group. */
  void remind(long requestId, String approverGroup, String assignee) {
    BudgetRequest request = requests.get(requestId);
    mailer.send(assignee != null ? List.of(assignee) : List.of(),
        assignee != null ? List.of() : List.of(approverGroup),
        "Reminder: approve budget: " + request.describe(),
        "A budget request waits for your decision (" + approverGroup + "):\n"
            + request.describe() + "\n\nOpen Tasklist, filter \"Budget approvals\".\n");
  }

  /**
   * Task_EscalateApproval: mails the escalation group's members the overdue request, its level,
   * since when it waits and how long past its due date.
   *
   * @param assignee who holds the task, null when nobody claimed it
   * @param waitingSince when the level's task was created; null when not known
   * @param due the task's due date; null when it has none
   */
  void escalate(long requestId, BudgetApproval.Escalation escalation, String assignee,
      Instant waitingSince, Instant due) {
    BudgetRequest request = requests.get(requestId);
    Instant now = clock.instant();
    String overdue = due == null ? "no due date"
        : due.isAfter(now) ? "due " + local(due) + ", not yet overdue"
        : "due " + local(due) + ", overdue by " + span(Duration.between(due, now));
    String who = escalation.newDeciders()
        ? "Members of " + escalation.to() + " may now decide it too: open Tasklist, filter "
            + "\"Budget approvals\"."
        : "Please see that a member of " + escalation.group() + " decides it.";
    mailer.send(List.of(), List.of(escalation.to()),
        "Escalated: approve budget: " + request.describe(),
        "Budget request " + request.id() + " waits for a decision at level "
            + escalation.level() + " (" + escalation.group() + "):\n" + request.describe()
            + "\nRequested by: " + request.requester()
            + "\nWaiting since: " + (waitingSince == null ? "-" : local(waitingSince))
            + (waitingSince == null ? "" : " (" + span(Duration.between(waitingSince, now))
                + ")")
            + "\nDue: " + overdue
            + "\nAssigned to: " + (assignee == null ? "nobody (the group)" : assignee)
            + "\n\n" + who + "\n");
  }

  private String local(Instant instant) {
    return instant.atZone(clock.getZone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  /** "1 day 2 hours", "5 hours". */
  static String span(Duration duration) {
    long days = duration.toDays();
    long hours = duration.minusDays(days).toHours();
    String text = days == 0 ? "" : days + (days == 1 ? " day" : " days");
    if (hours > 0 || days == 0) {
      text += (text.isEmpty() ? "" : " ") + hours + (hours == 1 ? " hour" : " hours");
    }
    return text;
  }
}

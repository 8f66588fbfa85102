package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.notify.PeopleMailer;
import java.util.List;
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

  BudgetApprovalMail(BudgetRequestRepository requests, BudgetLedger ledger, PeopleMailer mailer) {
    this.requests = requests;
    this.ledger = ledger;
    this.mailer = mailer;
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
}

package com.marketinghub.budget;

import com.marketinghub.notify.MailMessage;
import com.marketinghub.notify.NotificationService;
import com.marketinghub.notify.RecipientResolver;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyApproved and Task_NotifyRejected: tells the requester, with the reason. */
@Component("budgetDecisionMailDelegate")
class BudgetDecisionMailDelegate implements JavaDelegate {

  private final BudgetRequestRepository requests;
  private final BudgetLedger ledger;
  private final RecipientResolver recipients;
  private final NotificationService mail;

  BudgetDecisionMailDelegate(BudgetRequestRepository requests, BudgetLedger ledger,
      RecipientResolver recipients, NotificationService mail) {
    this.requests = requests;
    this.ledger = ledger;
    this.recipients = recipients;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(BudgetVariables.requestId(execution));
    boolean approved = BudgetApprovalProcess.TASK_NOTIFY_APPROVED
        .equals(execution.getCurrentActivityId());
    List<String> to = recipients.emails(List.of(request.requester()), List.of());
    String text;
    if (approved) {
      BudgetLine line = ledger.line(request.quarter(), request.channel());
      text = "Your budget request " + request.id() + " is approved and committed:\n"
          + request.describe() + "\n\nRemaining for " + request.channel() + " in "
          + request.quarter() + ": " + Money.format(line.remaining()) + " " + request.currency()
          + "\n";
    } else {
      text = "Your budget request " + request.id() + " was rejected:\n" + request.describe()
          + "\n\nReason: " + BudgetVariables.string(execution, "decisionComment") + "\n";
    }
    mail.send(new MailMessage(to, (approved ? "Budget approved: " : "Budget rejected: ")
        + request.describe(), text));
  }
}

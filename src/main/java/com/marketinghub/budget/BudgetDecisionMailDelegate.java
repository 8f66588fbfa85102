package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import com.marketinghub.notify.PeopleMailer;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyApproved and Task_NotifyRejected: tells the requester, with the reason. */
@Component("budgetDecisionMailDelegate")
class BudgetDecisionMailDelegate implements JavaDelegate {

  private final BudgetRequestRepository requests;
  private final BudgetLedger ledger;
  private final PeopleMailer mailer;

  BudgetDecisionMailDelegate(BudgetRequestRepository requests, BudgetLedger ledger,
      PeopleMailer mailer) {
    this.requests = requests;
    this.ledger = ledger;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    boolean approved = BudgetApprovalProcess.TASK_NOTIFY_APPROVED
        .equals(execution.getCurrentActivityId());
    String text;
    if (approved) {
      BudgetLine line = ledger.line(request.quarter(), request.channel());
      text = "Your budget request " + request.id() + " is approved and committed:\n"
          + request.describe() + "\n\nRemaining for " + request.channel() + " in "
          + request.quarter() + ": " + Money.format(line.remaining()) + " " + request.currency()
          + "\n";
    } else {
      text = "Your budget request " + request.id() + " was rejected:\n" + request.describe()
          + "\n\nReason: " + ProcessVariables.string(execution, "decisionComment") + "\n";
    }
    // A requester without an e-mail address must not stop the decision: a warning, no mail.
    mailer.send(List.of(request.requester()), List.of(),
        (approved ? "Budget approved: " : "Budget rejected: ") + request.describe(), text);
  }
}

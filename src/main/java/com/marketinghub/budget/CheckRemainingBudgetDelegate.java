package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_AMOUNT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_OVER_BUDGET;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_CheckRemainingBudget: the quarter and channel's remaining budget against the request.
 * Over budget is no refusal: it is recorded and the approvers see it (and Finance approves).
 */
@Component("checkRemainingBudgetDelegate")
class CheckRemainingBudgetDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CheckRemainingBudgetDelegate.class);

  private final BudgetRequestRepository requests;
  private final BudgetLedger ledger;
  private final Clock clock;

  CheckRemainingBudgetDelegate(BudgetRequestRepository requests, BudgetLedger ledger,
      Clock clock) {
    this.requests = requests;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    BudgetLine line = ledger.line(request.quarter(), request.channel());
    boolean over = request.amount() > line.remaining();
    requests.recordCheck(request.id(), over, line.remaining(), OffsetDateTime.now(clock));
    execution.setVariable(VAR_OVER_BUDGET, over);
    execution.setVariable(VAR_AMOUNT, Money.toMajor(request.amount()));
    log.info("Budget request {}: {} against {} remaining{}", request.id(),
        Money.format(request.amount()), Money.format(line.remaining()),
        over ? ": OVER BUDGET" : "");
  }
}

package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_CommitBudget: books the approved amount in the ledger, in this step's transaction and
 * under the budget line's lock. A request approved within budget whose amount no longer fits
 * (another approval took the budget since the check) is not booked: Error_BudgetExhausted
 * sends it back to the check, where it is now over budget and goes to Finance. A request
 * approved as over budget is booked as it is.
 */
@Component("commitBudgetDelegate")
class CommitBudgetDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CommitBudgetDelegate.class);

  private final BudgetRequestRepository requests;
  private final BudgetLedger ledger;
  private final Clock clock;

  CommitBudgetDelegate(BudgetRequestRepository requests, BudgetLedger ledger, Clock clock) {
    this.requests = requests;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    BudgetLedger.Commitment commitment = ledger.commit(request.id(), request.campaignId(),
        request.quarter(), request.channel(), request.amount(), request.currency(),
        request.overBudget(), request.requester());
    if (!commitment.booked()) {
      log.warn("Budget request {} no longer fits: {} remaining", request.id(),
          Money.format(commitment.line().remaining()));
      throw new BpmnError(BudgetApprovalProcess.ERROR_BUDGET_EXHAUSTED, "Only "
          + Money.format(commitment.line().remaining()) + " " + request.currency()
          + " remain for " + request.channel() + " in " + request.quarter());
    }
    requests.setStatus(request.id(), BudgetRequestStatus.APPROVED, OffsetDateTime.now(clock));
    log.info("Budget request {} committed: {}", request.id(), request.describe());
  }
}

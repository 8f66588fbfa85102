package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkWithdrawn: the requester gave the request up. */
@Component("withdrawBudgetRequestDelegate")
class WithdrawBudgetRequestDelegate implements JavaDelegate {

  private final BudgetRequestRepository requests;
  private final Clock clock;

  WithdrawBudgetRequestDelegate(BudgetRequestRepository requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.setStatus(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID), BudgetRequestStatus.WITHDRAWN,
        OffsetDateTime.now(clock));
  }
}

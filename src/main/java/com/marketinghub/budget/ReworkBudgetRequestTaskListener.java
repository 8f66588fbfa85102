package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_AMOUNT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REWORK_ACTION;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReworkRequest, the requester's: shows why it came back; on RESUBMIT stores the changed
 * amount and justification (the approval then starts over), or WITHDRAW.
 */
@Component("reworkBudgetRequestTaskListener")
class ReworkBudgetRequestTaskListener implements TaskListener {

  static final Set<String> ACTIONS = Set.of("RESUBMIT", "WITHDRAW");

  private final BudgetRequestRepository requests;
  private final Clock clock;

  ReworkBudgetRequestTaskListener(BudgetRequestRepository requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = ProcessVariables.id(task, BudgetApprovalProcess.VAR_REQUEST_ID);
    BudgetRequest request = requests.get(requestId);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName("Rework budget request: " + request.describe());
      task.setVariableLocal("request", request.describe());
      task.setVariableLocal("sentBackBecause",
          String.valueOf(ProcessVariables.string(task, "decisionComment")));
      task.setVariableLocal("newAmount", Money.format(request.amount()));
      task.setVariableLocal("newJustification",
          request.justification() == null ? "" : request.justification());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String action = ProcessVariables.string(task, VAR_REWORK_ACTION);
      if (action == null || !ACTIONS.contains(action)) {
        throw new BadUserRequestException("Rework of budget request " + requestId
            + ": reworkAction must be RESUBMIT or WITHDRAW, was " + action);
      }
      if ("RESUBMIT".equals(action)) {
        long amount;
        try {
          amount = Money.parseMinor(ProcessVariables.string(task, "newAmount"));
        } catch (IllegalArgumentException | ArithmeticException e) {
          throw new BadUserRequestException("Rework of budget request " + requestId
              + ": newAmount " + e.getMessage());
        }
        if (amount == 0) {
          throw new BadUserRequestException("Rework of budget request " + requestId
              + ": newAmount must be more than 0");
        }
        requests.rework(requestId, amount, ProcessVariables.string(task, "newJustification"),
            OffsetDateTime.now(clock));
        task.getExecution().getProcessInstance().setVariable(VAR_AMOUNT, Money.toMajor(amount));
      }
    }
  }
}

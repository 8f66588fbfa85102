package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_AMOUNT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_CAMPAIGN_REVIEW_AT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_CHANNEL;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REQUESTER;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REQUEST_ID;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import com.marketinghub.web.InvalidFieldsException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: a request started by POST /api/budget-requests is in the table already
 * (variable requestId); one started from Tasklist's start form is stored here, its requester
 * being the user who started it. Either way the business key becomes the request's id.
 */
@Component("registerBudgetRequestDelegate")
class RegisterBudgetRequestDelegate implements JavaDelegate {

  private final BudgetRequestRepository requests;
  private final Clock clock;

  RegisterBudgetRequestDelegate(BudgetRequestRepository requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id;
    if (execution.getVariable(VAR_REQUEST_ID) instanceof Number number) {
      id = number.longValue();
    } else {
      String requester = ProcessVariables.string(execution, "initiator");
      if (requester == null) {
        throw new BadUserRequestException("A budget request needs a requester: start it logged in");
      }
      id = requests.insert(fromForm(execution), requester, BudgetRequestStatus.SUBMITTED,
          OffsetDateTime.now(clock));
      execution.setVariable(VAR_REQUEST_ID, id);
    }
    BudgetRequest request = requests.get(id);
    execution.setProcessBusinessKey(String.valueOf(id));
    requests.setProcessInstanceId(id, execution.getProcessInstanceId());
    execution.setVariable(VAR_REQUESTER, request.requester());
    execution.setVariable(VAR_CHANNEL, request.channel());
    execution.setVariable(VAR_AMOUNT, Money.toMajor(request.amount()));
    if (request.campaignEndDate() != null) {
      // The ROI review starts the morning after the campaign's last day, in the business zone.
      execution.setVariable(VAR_CAMPAIGN_REVIEW_AT, Date.from(request.campaignEndDate()
          .plusDays(1).atTime(6, 0).atZone(clock.getZone()).toInstant()));
    }
  }

  private static NewBudgetRequest fromForm(DelegateExecution execution) {
    try {
      return new BudgetRequestInput(null,
          ProcessVariables.string(execution, "campaignName"),
          ProcessVariables.string(execution, "channel"),
          ProcessVariables.string(execution, "quarter"),
          execution.getVariable("amount"),
          ProcessVariables.string(execution, "currency"),
          execution.getVariable("expectedLeads"),
          execution.getVariable("expectedRevenue"),
          ProcessVariables.string(execution, "campaignEndDate"),
          ProcessVariables.string(execution, "justification")).toRequest();
    } catch (InvalidFieldsException invalid) {
      throw new BadUserRequestException(invalid.getMessage());
    }
  }
}

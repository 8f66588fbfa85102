package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_AMOUNT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_CAMPAIGN_REVIEW_AT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_CHANNEL;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REQUESTER;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REQUEST_ID;

import com.marketinghub.process.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_RegisterRequest to {@link BudgetApproval#register}: the request's id (started by
 * the API) or the start form's fields and the user who started it; the business key becomes the
 * request's id, and the process carries the facts its gateways and decision read.
 */
@Component("registerBudgetRequestDelegate")
class RegisterBudgetRequestDelegate implements JavaDelegate {

  private final BudgetApproval approval;

  RegisterBudgetRequestDelegate(BudgetApproval approval) {
    this.approval = approval;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long requestId = ProcessVariables.number(execution, VAR_REQUEST_ID);
    BudgetApproval.Registration registration = approval.register(requestId,
        startForm(execution), ProcessVariables.string(execution, "initiator"),
        caller(execution), execution.getProcessInstanceId());
    if (requestId == null) {
      execution.setVariable(VAR_REQUEST_ID, registration.requestId());
    }
    execution.setProcessBusinessKey(String.valueOf(registration.requestId()));
    execution.setVariable(VAR_REQUESTER, registration.requester());
    execution.setVariable(VAR_CHANNEL, registration.channel());
    execution.setVariable(VAR_AMOUNT, registration.amount());
    if (registration.campaignReviewAt() != null) {
      execution.setVariable(VAR_CAMPAIGN_REVIEW_AT,
          Date.from(registration.campaignReviewAt()));
    }
  }

  private static String caller(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  private static BudgetRequestInput startForm(DelegateExecution execution) {
    return new BudgetRequestInput(null,
        ProcessVariables.string(execution, "campaignName"),
        ProcessVariables.string(execution, "channel"),
        ProcessVariables.string(execution, "quarter"),
        execution.getVariable("amount"),
        ProcessVariables.string(execution, "currency"),
        execution.getVariable("expectedLeads"),
        execution.getVariable("expectedRevenue"),
        ProcessVariables.string(execution, "campaignEndDate"),
        ProcessVariables.string(execution, "justification"));
  }
}

package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_APPROVER_GROUP;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_DECISION_COMMENT;
import static com.marketinghub.budget.BudgetApprovalProcess.VAR_REQUESTER;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import com.marketinghub.security.TaskCompleter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveBudget. On create: a name that says what is asked, the due date, and the request
 * as the form shows it (task-local snapshot). On complete: a known decision, a comment when it
 * is not an approval, never by the requester; the decision is recorded with who and why.
 */
@Component("budgetApprovalTaskListener")
class BudgetApprovalTaskListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT", "SEND_BACK");

  private final BudgetRequestRepository requests;
  private final BudgetLedger ledger;
  private final BudgetApprovalProperties properties;
  private final RoiCalculator roi;
  private final Clock clock;

  BudgetApprovalTaskListener(BudgetRequestRepository requests, BudgetLedger ledger,
      BudgetApprovalProperties properties, RoiCalculator roi, Clock clock) {
    this.requests = requests;
    this.ledger = ledger;
    this.properties = properties;
    this.roi = roi;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
    }
  }

  private void prepare(DelegateTask task) {
    BudgetRequest request = requests.get(ProcessVariables.id(task, BudgetApprovalProcess.VAR_REQUEST_ID));
    BudgetLine line = ledger.line(request.quarter(), request.channel());
    task.setName("Approve budget: " + request.describe());
    task.setDueDate(Date.from(OffsetDateTime.now(clock).plus(properties.approvalDue())
        .toInstant()));
    task.setVariableLocal("request", request.describe());
    task.setVariableLocal("requestRequester", request.requester());
    task.setVariableLocal("requestJustification", dash(request.justification()));
    task.setVariableLocal("requestExpected", expected(request));
    task.setVariableLocal("remainingBudget", Money.format(line.remaining()) + " "
        + (line.currency() == null ? request.currency() : line.currency()) + " of "
        + Money.format(line.allocated()) + " allocated");
    task.setVariableLocal("overBudget", request.amount() > line.remaining());
    task.setVariableLocal("approvalLevel", "Level " + level(task) + ": "
        + ProcessVariables.string(task, VAR_APPROVER_GROUP));
    task.setVariableLocal("channelRoi",
        roi.channelHistory(request.channel(), request.campaignId()));
  }

  private void record(DelegateTask task) {
    long requestId = ProcessVariables.id(task, BudgetApprovalProcess.VAR_REQUEST_ID);
    String decision = ProcessVariables.string(task, VAR_DECISION);
    String comment = ProcessVariables.string(task, VAR_DECISION_COMMENT);
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException("Decision on budget request " + requestId
          + " must be one of " + DECISIONS.stream().sorted().toList() + ", was " + decision);
    }
    if (!"APPROVE".equals(decision) && (comment == null || comment.isBlank())) {
      throw new BadUserRequestException("Decision on budget request " + requestId + ": "
          + decision + " needs a comment that says why");
    }
    String by = TaskCompleter.userId(task);
    if (by != null && by.equals(ProcessVariables.string(task, VAR_REQUESTER))) {
      throw new BadUserRequestException("User '" + by + "' requested budget request "
          + requestId + " and cannot decide on it: another member of "
          + ProcessVariables.string(task, VAR_APPROVER_GROUP) + " must");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    requests.insertDecision(requestId, level(task),
        ProcessVariables.string(task, VAR_APPROVER_GROUP), by == null ? "system" : by, decision,
        comment, now);
    if ("REJECT".equals(decision)) {
      requests.setStatus(requestId, BudgetRequestStatus.REJECTED, now);
    } else if ("SEND_BACK".equals(decision)) {
      // Back with the requester until resubmitted (the check sets SUBMITTED again).
      requests.setStatus(requestId, BudgetRequestStatus.DRAFT, now);
    }
    // On the process instance: the loop's completion condition and the gateway read it.
    task.getExecution().getProcessInstance().setVariable(VAR_DECISION, decision);
  }

  private static int level(DelegateTask task) {
    Object counter = task.getVariable("loopCounter");
    return counter instanceof Number number ? number.intValue() + 1 : 1;
  }

  private static String expected(BudgetRequest request) {
    String leads = request.expectedLeads() == null ? "-" : request.expectedLeads() + " leads";
    String revenue = request.expectedRevenue() == null ? "-"
        : Money.format(request.expectedRevenue()) + " " + request.currency() + " revenue";
    return leads + ", " + revenue;
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}

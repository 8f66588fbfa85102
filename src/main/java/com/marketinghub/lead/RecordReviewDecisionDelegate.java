package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_DECISION;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_COMMENT;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_REASON;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReviewDecision: the rep's decision becomes the lead's status. */
@Component("recordReviewDecisionDelegate")
class RecordReviewDecisionDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final Clock clock;

  RecordReviewDecisionDelegate(LeadRepository leads, Clock clock) {
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = ProcessVariables.string(execution, VAR_DECISION);
    LeadStatus status = switch (decision) {
      case ReviewDecision.ACCEPT -> LeadStatus.ACCEPTED;
      case ReviewDecision.REJECT -> LeadStatus.REJECTED;
      case ReviewDecision.RECYCLE -> LeadStatus.RECYCLED;
      default -> throw new IllegalStateException("Unknown review decision " + decision);
    };
    boolean rejected = status == LeadStatus.REJECTED;
    leads.recordDecision(ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID), status,
        rejected ? ProcessVariables.string(execution, VAR_REJECT_REASON) : null,
        rejected ? ProcessVariables.string(execution, VAR_REJECT_COMMENT) : null,
        OffsetDateTime.now(clock));
  }
}

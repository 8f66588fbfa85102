package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_COMPANY_SIZE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_COUNTRY;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_LEAD_TYPE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_SCORE;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ScoreLead: scores the lead, stores the score and its parts, and hands the routing
 * decision the four facts it reads (score, country, company size, lead type).
 */
@Component("scoreLeadDelegate")
class ScoreLeadDelegate implements JavaDelegate {

  private final LeadHandoff handoff;

  ScoreLeadDelegate(LeadHandoff handoff) {
    this.handoff = handoff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LeadHandoff.RoutingFacts facts = handoff.score(ProcessVariables.recordId(execution));
    execution.setVariable(VAR_SCORE, facts.score());
    execution.setVariable(VAR_COUNTRY, facts.country());
    execution.setVariable(VAR_COMPANY_SIZE, facts.companySize());
    execution.setVariable(VAR_LEAD_TYPE, facts.leadType());
  }
}

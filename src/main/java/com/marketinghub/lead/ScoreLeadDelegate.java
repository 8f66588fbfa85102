package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_COMPANY_SIZE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_COUNTRY;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_LEAD_TYPE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_SCORE;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.attribution.TouchpointRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_ScoreLead: scores the lead, stores the score and its parts, and hands the routing
 * decision the four facts it reads (score, country, company size, lead type).
 */
@Component("scoreLeadDelegate")
class ScoreLeadDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ScoreLeadDelegate.class);

  private final LeadRepository leads;
  private final TouchpointRepository touchpoints;
  private final LeadScorer scorer;
  private final Clock clock;

  ScoreLeadDelegate(LeadRepository leads, TouchpointRepository touchpoints, LeadScorer scorer,
      Clock clock) {
    this.leads = leads;
    this.touchpoints = touchpoints;
    this.scorer = scorer;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID);
    Lead lead = leads.get(leadId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    LeadScore score = scorer.score(lead, touchpoints.findByLead(leadId), now);
    leads.updateScore(leadId, score, now);
    execution.setVariable(VAR_SCORE, score.total());
    execution.setVariable(VAR_COUNTRY, lead.country() == null ? "" : lead.country());
    execution.setVariable(VAR_COMPANY_SIZE, lead.companySize() == null ? 0 : lead.companySize());
    execution.setVariable(VAR_LEAD_TYPE, lead.type().name());
    log.info("Lead {} scored {} (fit {}, engagement {})", leadId, score.total(), score.fit(),
        score.engagement());
  }
}

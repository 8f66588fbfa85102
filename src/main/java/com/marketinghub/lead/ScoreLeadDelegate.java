package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_ACCOUNT_AMBIGUOUS;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_ACCOUNT_OWNER_TEAM;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_COMPANY_SIZE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_COUNTRY;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_LEAD_TYPE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_SCORE;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ScoreLead: scores the lead, stores the score and its parts, matches it to its account,
 * and hands the routing decision the facts it reads (score, country, company size, lead type,
 * the account's owner team) and the gateway whether marketing-ops must choose the account.
 */
@Component("scoreLeadDelegate")
class ScoreLeadDelegate implements JavaDelegate {

  private final LeadHandoff handoff;
  private final LeadAccounts accounts;

  ScoreLeadDelegate(LeadHandoff handoff, LeadAccounts accounts) {
    this.handoff = handoff;
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.recordId(execution);
    LeadHandoff.RoutingFacts facts = handoff.score(leadId);
    LeadAccounts.Routing account = accounts.match(leadId);
    execution.setVariable(VAR_ACCOUNT_OWNER_TEAM, account.accountOwnerTeam());
    execution.setVariable(VAR_ACCOUNT_AMBIGUOUS, account.ambiguous());
    execution.setVariable(VAR_SCORE, facts.score());
    execution.setVariable(VAR_COUNTRY, facts.country());
    execution.setVariable(VAR_COMPANY_SIZE, facts.companySize());
    execution.setVariable(VAR_LEAD_TYPE, facts.leadType());
  }
}

package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.ERROR_LEAD_EXISTS;
import static com.marketinghub.lead.LeadHandoffProcess.EXPANSION_VARIABLES;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_LEAD_ID;

import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterExpansionLead: the lead of an expansion opportunity (Msg_ExpansionRequested,
 * sent by Customer Success) is created here, by Sales' own code; the message's values are read
 * once and removed, and the business key becomes the lead's id as for any lead.
 */
@Component("registerExpansionLeadDelegate")
class RegisterExpansionLeadDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RegisterExpansionLeadDelegate.class);

  private final LeadService leads;

  RegisterExpansionLeadDelegate(LeadService leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Only Customer Success's check, a job without a user, hands over opportunities: a person
    // correlating the message through /engine-rest could create or pre-empt one in its name.
    if (execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication() != null) {
      throw new BadUserRequestException("Msg_ExpansionRequested is sent by the daily customer "
          + "health check, not by a person");
    }
    NewLead lead = new NewLead(text(execution, "expansionSource"),
        text(execution, "expansionExternalId"), text(execution, "expansionEmail"), null, null,
        text(execution, "expansionCompany"), text(execution, "expansionCountry"),
        execution.getVariable("expansionEmployees") instanceof Number employees
            ? employees.intValue() : null, null);
    if (!(execution.getVariable("expansionAccountId") instanceof Number accountId)) {
      throw new IllegalStateException("Msg_ExpansionRequested without expansionAccountId");
    }
    execution.removeVariables(EXPANSION_VARIABLES);
    Optional<Long> id = leads.registerExpansion(lead, accountId.longValue(),
        execution.getProcessInstanceId());
    if (id.isEmpty()) {
      log.info("Expansion lead {} exists: not handed off again", lead.naturalKey());
      throw new BpmnError(ERROR_LEAD_EXISTS, "A lead with key " + lead.naturalKey() + " exists");
    }
    execution.setProcessBusinessKey(String.valueOf(id.get()));
    execution.setVariable(VAR_LEAD_ID, id.get());
  }

  private static String text(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof String value ? value : null;
  }
}

package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_ACCOUNT_CHOICE;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_ACCOUNT_OWNER_TEAM;

import com.marketinghub.process.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ChooseAccount to {@link LeadAccounts}. On create: the task's name and the lead
 * and its candidate accounts for the form (the select's options as JSON, which Camunda Forms
 * reads). On complete: the choice, checked against the candidates as they are now, stored as the
 * lead's account; the routing reads the chosen account's owner team.
 */
@Component("chooseAccountTaskListener")
class ChooseAccountTaskListener implements TaskListener {

  private final LeadAccounts accounts;

  ChooseAccountTaskListener(LeadAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void notify(DelegateTask task) {
    long leadId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = accounts.prepareChoice(leadId);
      task.setName(view.name());
      for (Map.Entry<String, Object> local : view.locals().entrySet()) {
        task.setVariableLocal(local.getKey(), LeadAccounts.VAR_CANDIDATES.equals(local.getKey())
            ? SpinValues.jsonValue(Spin.JSON(local.getValue()).toString()).create()
            : local.getValue());
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      LeadAccounts.Routing routing =
          accounts.choose(leadId, ProcessVariables.string(task, VAR_ACCOUNT_CHOICE));
      task.getExecution().setVariable(VAR_ACCOUNT_OWNER_TEAM, routing.accountOwnerTeam());
    }
  }
}

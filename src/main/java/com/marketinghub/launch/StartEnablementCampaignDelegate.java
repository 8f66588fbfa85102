package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_StartEnablementCampaign: a campaign that teaches the feature, requested of Finance as a
 * budget request of the product manager (this quarter, channel and amount from the review form)
 * by Msg_BudgetRequested, which starts a budget-approval whose own first step stores the
 * request; it goes on independently of the launch. A request Finance's rules refuse (an amount
 * that is no amount, say) refuses the review's completion with that message.
 */
@Component("startEnablementCampaignDelegate")
class StartEnablementCampaignDelegate implements JavaDelegate {

  /** budget-approval's message; its variables are those of the budget request start form. */
  static final String MSG_BUDGET_REQUESTED = "Msg_BudgetRequested";

  private static final Logger log = LoggerFactory.getLogger(
      StartEnablementCampaignDelegate.class);

  private final LaunchRepository launches;
  private final RuntimeService runtimeService;
  private final Clock clock;

  StartEnablementCampaignDelegate(LaunchRepository launches, RuntimeService runtimeService,
      Clock clock) {
    this.launches = launches;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Launch launch = launches.get(ProcessVariables.id(execution, LaunchProcess.VAR_LAUNCH_ID));
    String channel = ProcessVariables.text(execution, "enablementChannel");
    ProcessInstance approval = runtimeService.createMessageCorrelation(MSG_BUDGET_REQUESTED)
        .setVariable("initiator", launch.owner())
        .setVariable("campaignName", "Enablement: " + launch.name())
        .setVariable("channel", channel == null ? "enablement" : channel)
        .setVariable("quarter", Quarter.of(LocalDate.now(clock)))
        .setVariable("amount", execution.getVariable("enablementAmount"))
        .setVariable("currency", ProcessVariables.text(execution, "enablementCurrency"))
        .setVariable("justification", "Adoption of " + launch.featureKey()
            + " below target after launch " + launch.id())
        .correlateStartMessage();
    // budget-approval's first step made the request's id its business key.
    execution.setVariable("enablementRequestId", Long.valueOf(approval.getBusinessKey()));
    log.info("Launch {}: enablement campaign requested, budget request {}", launch.id(),
        approval.getBusinessKey());
  }
}

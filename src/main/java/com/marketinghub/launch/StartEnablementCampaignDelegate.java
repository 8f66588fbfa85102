package com.marketinghub.launch;

import com.marketinghub.budget.BudgetRequest;
import com.marketinghub.budget.BudgetRequestInput;
import com.marketinghub.budget.BudgetRequestService;
import com.marketinghub.common.Quarter;
import com.marketinghub.web.InvalidFieldsException;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_StartEnablementCampaign: a campaign that teaches the feature, requested as a budget
 * request of the product manager (this quarter, channel and amount from the review form); its
 * own budget-approval starts and goes on independently of the launch.
 */
@Component("startEnablementCampaignDelegate")
class StartEnablementCampaignDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(
      StartEnablementCampaignDelegate.class);

  private final LaunchRepository launches;
  private final BudgetRequestService budgetRequests;
  private final Clock clock;

  StartEnablementCampaignDelegate(LaunchRepository launches, BudgetRequestService budgetRequests,
      Clock clock) {
    this.launches = launches;
    this.budgetRequests = budgetRequests;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Launch launch = launches.get(LaunchVariables.launchId(execution));
    String channel = LaunchVariables.text(execution, "enablementChannel");
    BudgetRequest request;
    try {
      request = budgetRequests.submit(new BudgetRequestInput(null,
          "Enablement: " + launch.name(), channel == null ? "enablement" : channel,
          Quarter.of(LocalDate.now(clock)), execution.getVariable("enablementAmount"),
          LaunchVariables.text(execution, "enablementCurrency"), null, null, null,
          "Adoption of " + launch.featureKey() + " below target after launch " + launch.id()),
          launch.owner());
    } catch (InvalidFieldsException invalid) {
      throw new BadUserRequestException(invalid.getMessage());
    }
    execution.setVariable("enablementRequestId", request.id());
    log.info("Launch {}: enablement campaign requested, budget request {}", launch.id(),
        request.id());
  }
}

package com.marketinghub.budget;

import com.marketinghub.attribution.CampaignRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budget requests made through the API: stored and their approval started together. */
@Service
public class BudgetRequestService {

  private final BudgetRequestRepository requests;
  private final CampaignRepository campaigns;
  private final RuntimeService runtimeService;
  private final Clock clock;

  BudgetRequestService(BudgetRequestRepository requests, CampaignRepository campaigns,
      RuntimeService runtimeService, Clock clock) {
    this.requests = requests;
    this.campaigns = campaigns;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Validates, stores and starts budget-approval (business key = the request's id). */
  @Transactional
  public BudgetRequest submit(BudgetRequestInput input, String requester) {
    NewBudgetRequest request = input.toRequest();
    if (request.campaignId() != null && !campaigns.exists(request.campaignId())) {
      throw new com.marketinghub.common.InvalidFieldsException("Invalid budget request: campaignId "
          + request.campaignId() + " is no campaign",
          java.util.Map.of("campaignId", "is no campaign"));
    }
    long id = requests.insert(request, requester, BudgetRequestStatus.SUBMITTED,
        OffsetDateTime.now(clock));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(BudgetApprovalProcess.KEY,
        String.valueOf(id), Map.of(BudgetApprovalProcess.VAR_REQUEST_ID, id));
    requests.setProcessInstanceId(id, instance.getId());
    return requests.get(id);
  }

  public java.util.Optional<BudgetRequest> find(long id) {
    return requests.find(id);
  }

  public java.util.List<BudgetRequestRepository.Decision> decisions(long id) {
    return requests.decisions(id);
  }
}

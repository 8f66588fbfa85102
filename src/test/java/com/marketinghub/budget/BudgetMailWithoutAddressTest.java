package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A requester without an e-mail address: the decision goes through, only the mail is left out. */
class BudgetMailWithoutAddressTest extends ApplicationTest {

  @Autowired BudgetRequestService requests;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @Test
  void shouldRejectARequestWhoseRequesterHasNoAddress() {
    String userId = "noaddr" + UUID.randomUUID().toString().substring(0, 6);
    User user = identityService.newUser(userId);
    identityService.saveUser(user);
    BudgetRequest request = requests.submit(new BudgetRequestInput(null, "Quiet " + userId,
        "webinar", TestClock.quarter(), "100.00", "EUR", null, null, null, "no address"), userId);

    // Business keys are record ids, unique within a process only: a lead may share this one.
    String approval = taskService.createTaskQuery().processDefinitionKey(BudgetApprovalProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(request.id())).singleResult().getId();
    // Rejected by max, of level 1's group (marketing), who claimed the task.
    taskService.setAssignee(approval, "max");
    taskService.complete(approval, Map.of("decision", "REJECT", "decisionComment", "no"));

    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(BudgetApprovalProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(request.id())).count()).isZero();
    assertThat(requests.find(request.id()).orElseThrow().status())
        .isEqualTo(BudgetRequestStatus.REJECTED);
  }
}

package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetReallocationProcess.VAR_PROPOSED;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ProposeReallocation (the quarterly timer's path) to
 * {@link BudgetReallocation#propose}: the quarter before today's; the business key becomes the
 * proposal's id.
 */
@Component("proposeReallocationDelegate")
class ProposeReallocationDelegate implements JavaDelegate {

  private final BudgetReallocation reallocation;

  ProposeReallocationDelegate(BudgetReallocation reallocation) {
    this.reallocation = reallocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Long> id = reallocation.proposeQuarterly();
    id.ifPresent(proposal -> {
      execution.setProcessBusinessKey(String.valueOf(proposal));
      reallocation.recordProcessInstance(proposal, execution.getProcessInstanceId());
    });
    execution.setVariable(VAR_PROPOSED, id.isPresent());
  }
}

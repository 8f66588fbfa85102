package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Glue of Task_ApplyReallocation to {@link BudgetReallocation#apply}. */
@Component("applyReallocationDelegate")
class ApplyReallocationDelegate implements JavaDelegate {

  private final BudgetReallocation reallocation;

  ApplyReallocationDelegate(BudgetReallocation reallocation) {
    this.reallocation = reallocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reallocation.apply(ProcessVariables.recordId(execution));
  }
}

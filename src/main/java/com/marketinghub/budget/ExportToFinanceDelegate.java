package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.ERROR_FINANCE_EXPORT_FAILED;

import com.marketinghub.process.ProcessVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ExportToFinance (async, retried) to {@link BudgetApprovalFinanceExport#export}.
 * An export folder that cannot be written is a problem a person fixes: Error_FinanceExportFailed
 * leads to Task_ResolveFinanceExport, which shows {@code exportProblem}. A failure while writing
 * propagates, so the job is retried and ends in an incident (mailed) when retries run out.
 */
@Component("exportToFinanceDelegate")
class ExportToFinanceDelegate implements JavaDelegate {

  private final BudgetApprovalFinanceExport financeExport;

  ExportToFinanceDelegate(BudgetApprovalFinanceExport financeExport) {
    this.financeExport = financeExport;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> problem =
        financeExport.export(ProcessVariables.recordId(execution));
    if (problem.isPresent()) {
      execution.setVariable("exportProblem", problem.get());
      throw new BpmnError(ERROR_FINANCE_EXPORT_FAILED, problem.get());
    }
  }
}

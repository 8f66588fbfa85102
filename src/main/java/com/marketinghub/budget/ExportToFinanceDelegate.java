package com.marketinghub.budget;

import com.marketinghub.process.ProcessVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_ExportToFinance (async, retried). An export folder that cannot be written is a problem a
 * person fixes: Error_FinanceExportFailed leads to Task_ResolveFinanceExport. A failure while
 * writing propagates, so the job is retried and ends in an incident (mailed) when retries run
 * out.
 */
@Component("exportToFinanceDelegate")
class ExportToFinanceDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ExportToFinanceDelegate.class);

  private final BudgetRequestRepository requests;
  private final FinanceCommitmentExport export;

  ExportToFinanceDelegate(BudgetRequestRepository requests, FinanceCommitmentExport export) {
    this.requests = requests;
    this.export = export;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    String problem = export.problem();
    if (problem != null) {
      log.warn("Budget request {} not exported to Finance: {}", request.id(), problem);
      execution.setVariable("exportProblem", problem);
      throw new BpmnError(BudgetApprovalProcess.ERROR_FINANCE_EXPORT_FAILED, problem);
    }
    try {
      log.info("Budget request {} exported to {}", request.id(), export.append(request));
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the Finance export failed", e);
    }
  }
}

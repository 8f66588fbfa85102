package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_EXPORT_RESOLUTION;

import com.marketinghub.process.ManualResolution;
import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ResolveFinanceExport to {@link BudgetApprovalFinanceExport}: on create what
 * failed ({@code prepareResolution}); on complete the choice, retry or done, is one of the
 * form's ({@link com.marketinghub.process.ManualResolution}).
 */
@Component("resolveFinanceExportTaskListener")
class ResolveFinanceExportTaskListener implements TaskListener {

  private final BudgetApprovalFinanceExport financeExport;

  ResolveFinanceExportTaskListener(BudgetApprovalFinanceExport financeExport) {
    this.financeExport = financeExport;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = financeExport.prepareResolution(requestId,
          ProcessVariables.string(task, "exportProblem"));
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // retry runs the export again, done goes on (Finance booked it by hand): the BPMN's.
      ManualResolution.choice(task, VAR_EXPORT_RESOLUTION,
          "Finance export of budget request " + requestId);
    }
  }
}

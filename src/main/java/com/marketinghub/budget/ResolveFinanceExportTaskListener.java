package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.VAR_EXPORT_RESOLUTION;

import com.marketinghub.process.ProcessVariables;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ResolveFinanceExport: says what failed; accepts retry or done (sent by hand). */
@Component("resolveFinanceExportTaskListener")
class ResolveFinanceExportTaskListener implements TaskListener {

  static final Set<String> RESOLUTIONS = Set.of("retry", "done");

  private final BudgetRequestRepository requests;

  ResolveFinanceExportTaskListener(BudgetRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = ProcessVariables.id(task, BudgetApprovalProcess.VAR_REQUEST_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      BudgetRequest request = requests.get(requestId);
      task.setName("Finance export failed: " + request.describe());
      task.setVariableLocal("request", request.describe());
      String problem = ProcessVariables.string(task, "exportProblem");
      task.setVariableLocal("exportProblemShown", problem == null ? "-" : problem);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String resolution = ProcessVariables.string(task, VAR_EXPORT_RESOLUTION);
      if (resolution == null || !RESOLUTIONS.contains(resolution)) {
        throw new BadUserRequestException("Finance export of budget request " + requestId
            + ": exportResolution must be one of " + RESOLUTIONS.stream().sorted().toList()
            + ", was " + resolution);
      }
    }
  }
}

package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Flow_ToFork taken: Task_DecideReadiness's flags, just computed in this transaction (no person
 * acted in between), and the go / no-go become the launch's required sign-offs, each with the
 * candidate groups of its task in the model (an admin who offers a task to another group in
 * Modeler changes both).
 */
@Component("recordReadinessListener")
class RecordReadinessListener implements ExecutionListener {

  private final LaunchCoordination coordination;

  RecordReadinessListener(LaunchCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, String> required = new LinkedHashMap<>();
    for (String task : List.of(LaunchProcess.TASK_MARKETING_READINESS,
        LaunchProcess.TASK_SALES_ENABLEMENT, LaunchProcess.TASK_CUSTOMER_SUCCESS_BRIEFING)) {
      if (Boolean.TRUE.equals(execution.getVariable(LaunchProcess.SIGN_OFF_NEEDED.get(task)))) {
        required.put(LaunchProcess.SIGN_OFF_AREAS.get(task), groupsOf(execution, task));
      }
    }
    required.put(LaunchProcess.AREA_GO_NO_GO,
        groupsOf(execution, LaunchProcess.TASK_GO_NO_GO));
    coordination.recordReadiness(ProcessVariables.recordId(execution), required);
  }

  private static String groupsOf(DelegateExecution execution, String taskId) {
    UserTask task = execution.getBpmnModelInstance().getModelElementById(taskId);
    String groups = task == null ? null : task.getCamundaCandidateGroups();
    if (groups == null || groups.isBlank()) {
      throw new IllegalStateException("launch-coordination has no user task " + taskId
          + " with candidate groups");
    }
    return groups;
  }
}

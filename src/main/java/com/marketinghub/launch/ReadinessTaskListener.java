package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.SIGN_OFF_AREAS;
import static com.marketinghub.launch.LaunchProcess.TASK_GO_NO_GO;
import static com.marketinghub.launch.LaunchProcess.VAR_GO_DECISION;
import static com.marketinghub.launch.LaunchProcess.VAR_NEW_LAUNCH_DATE;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import com.marketinghub.process.FormChecklist;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of the readiness sign-offs and Task_GoNoGo to {@link LaunchCoordination}: the checklist
 * of a sign-off is its form's required checkboxes, its title the task's name in the BPMN.
 */
@Component("readinessTaskListener")
class ReadinessTaskListener implements TaskListener {

  private final LaunchCoordination coordination;

  ReadinessTaskListener(LaunchCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void notify(DelegateTask task) {
    long launchId = ProcessVariables.recordId(task);
    String area = SIGN_OFF_AREAS.get(task.getTaskDefinitionKey());
    String title = task.getBpmnModelElementInstance().getName();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      LaunchCoordination.TaskView view = area == null ? coordination.prepareGoNoGo(launchId)
          : coordination.prepareReadiness(launchId, title);
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && area != null) {
      Map<String, String> checklist = FormChecklist.of(task);
      Map<String, Object> ticked = new HashMap<>();
      checklist.keySet().forEach(field -> ticked.put(field, task.getVariable(field)));
      coordination.signOff(launchId, area, title, checklist, ticked,
          ProcessVariables.text(task, "readinessComment"), TaskCompleter.userId(task));
      // The next readiness round (after a postponement) starts unticked.
      checklist.keySet().forEach(field -> task.getExecution().removeVariable(field));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())
        && TASK_GO_NO_GO.equals(task.getTaskDefinitionKey())) {
      coordination.decide(launchId, ProcessVariables.text(task, VAR_GO_DECISION),
          ProcessVariables.text(task, VAR_NEW_LAUNCH_DATE),
          ProcessVariables.text(task, "goComment"), TaskCompleter.userId(task));
    }
  }
}

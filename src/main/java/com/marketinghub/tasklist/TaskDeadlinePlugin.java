package com.marketinghub.tasklist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process its due date from {@link TaskDeadlineProperties} when
 * it is created, unless its own create listener set one (the lead review's SLA): a create
 * listener added after the task's own, at deployment, so a Modeler change needs no code.
 */
@Component
class TaskDeadlinePlugin extends AbstractProcessEnginePlugin {

  private final TaskDeadlineProperties properties;
  private final Clock clock;

  TaskDeadlinePlugin(TaskDeadlineProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope,
          ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, dueDate(activity.getId()));
      }
    });
  }

  private TaskListener dueDate(String taskId) {
    return task -> {
      TaskDeadlineProperties.Deadline deadline = properties.tasks().get(taskId);
      if (task.getDueDate() == null && deadline != null && deadline.due() != null) {
        task.setDueDate(Date.from(clock.instant().plus(deadline.due())));
      }
    };
  }
}

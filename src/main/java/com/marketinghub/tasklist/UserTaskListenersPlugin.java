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
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every user task of every process gets, a Modeler change included (added at deployment,
 * after the task's own listeners, so the name and due date they set count):
 * <ul>
 *   <li>its due date from {@link TaskDeadlineProperties} at creation, unless its own create
 *       listener set one (the lead review's SLA; docs/operations.md, "Due dates and
 *       escalation");</li>
 *   <li>its notices ({@link AssignmentNotices}): a mail to a new assignee, an offer to its groups
 *       for their digest (docs/operations.md, "Task notices").</li>
 * </ul>
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final TaskDeadlineProperties deadlines;
  private final Clock clock;
  // The notices need engine services, which need this plugin: looked up when a task fires.
  private final ObjectProvider<AssignmentNotices> notices;

  UserTaskListenersPlugin(TaskDeadlineProperties deadlines, Clock clock,
      ObjectProvider<AssignmentNotices> notices) {
    this.deadlines = deadlines;
    this.clock = clock;
    this.notices = notices;
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
        TaskDefinition definition =
            ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, dueDate(activity.getId()));
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE,
            task -> notices.getObject().created(task));
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
            task -> notices.getObject().assigned(task));
      }
    });
  }

  private TaskListener dueDate(String taskId) {
    return task -> {
      TaskDeadlineProperties.Deadline deadline = deadlines.tasks().get(taskId);
      if (task.getDueDate() == null && deadline != null && deadline.due() != null) {
        task.setDueDate(Date.from(clock.instant().plus(deadline.due())));
      }
    };
  }
}

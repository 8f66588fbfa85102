package com.marketinghub.tasklist;

import java.util.ArrayList;
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
 * Task notices for every user task of every process, a Modeler change included: at deployment,
 * an assignment listener and a create listener after the task's own (so the name and due date
 * they set are in the mail), calling {@link AssignmentNotices}.
 */
@Component
class TaskNoticePlugin extends AbstractProcessEnginePlugin {

  // The notices need engine services, which need this plugin: looked up when a task fires.
  private final ObjectProvider<AssignmentNotices> notices;

  TaskNoticePlugin(ObjectProvider<AssignmentNotices> notices) {
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
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE,
            task -> notices.getObject().created(task));
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
            task -> notices.getObject().assigned(task));
      }
    });
  }
}

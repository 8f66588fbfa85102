package com.marketinghub.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.Properties;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Lets a BPMN error or an escalation be thrown at a user task only when the model catches it on
 * that task: a boundary event attached to the task (or to its multi-instance body) whose error
 * or escalation code is the one thrown, or that catches every code. That is
 * {@code TaskService.handleBpmnError} and {@code handleEscalation}, whoever calls them:
 * {@code /engine-rest/task/{id}/bpmnError} and {@code /bpmnEscalation}, Tasklist's API, Java.
 * Anything else is refused with a {@link BadUserRequestException} (400 on the REST APIs) before
 * the engine touches the task, so a task user cannot end or skip a step with an error the model
 * never meant for it.
 *
 * <p>A command interceptor after Camunda's own ones, so it runs inside the command's context;
 * registered by {@link TaskErrorGuardPlugin}. Camunda's command classes have no getters, so
 * their task id and code are read from their fields; the fields are looked up when this class
 * loads, and an engine whose commands no longer have them does not start.
 */
class TaskErrorGuard extends CommandInterceptor {

  private static final Field ERROR_TASK = field(HandleTaskBpmnErrorCmd.class, "taskId");
  private static final Field ERROR_CODE = field(HandleTaskBpmnErrorCmd.class, "errorCode");
  private static final Field ESCALATION_TASK = field(HandleTaskEscalationCmd.class, "taskId");
  private static final Field ESCALATION_CODE =
      field(HandleTaskEscalationCmd.class, "escalationCode");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof HandleTaskBpmnErrorCmd) {
      check(read(ERROR_TASK, command), read(ERROR_CODE, command), false);
    } else if (command instanceof HandleTaskEscalationCmd) {
      check(read(ESCALATION_TASK, command), read(ESCALATION_CODE, command), true);
    }
    return next.execute(command);
  }

  private static void check(String taskId, String code, boolean escalation) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = taskId == null || code == null ? null
        : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself refuses a missing task id or code, or an unknown task
    }
    // The caller's right to work on the task first: a stranger learns nothing about its model.
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    String kind = escalation ? "escalation" : "BPMN error";
    if (task.getExecution() == null) {
      throw new BadUserRequestException("Task " + taskId + " belongs to no process, so nothing"
          + " catches " + kind + " " + code);
    }
    ActivityImpl activity = task.getExecution().getActivity();
    if (!catches(activity, code, escalation)) {
      throw new BadUserRequestException("Task " + taskId + " (" + task.getTaskDefinitionKey()
          + ") does not catch " + kind + " " + code + ": only a " + kind + " that the process"
          + " model catches with a boundary event on this task may be thrown at it");
    }
  }

  /** Whether a boundary event on the activity, or on its multi-instance body, catches the code. */
  private static boolean catches(ActivityImpl activity, String code, boolean escalation) {
    for (ActivityImpl scope : scopesOf(activity)) {
      Properties boundaries = scope.getProperties();
      boolean caught = escalation
          ? boundaries.get(BpmnProperties.ESCALATION_EVENT_DEFINITIONS).stream()
              .anyMatch(definition -> definition.getEscalationCode() == null
                  || definition.getEscalationCode().equals(code))
          : boundaries.get(BpmnProperties.ERROR_EVENT_DEFINITIONS).stream()
              .anyMatch(definition -> definition.catchesError(code));
      if (caught) {
        return true;
      }
    }
    return false;
  }

  private static List<ActivityImpl> scopesOf(ActivityImpl activity) {
    List<ActivityImpl> scopes = new ArrayList<>(List.of(activity));
    if (activity.getFlowScope() instanceof ActivityImpl body && body.getId()
        .equals(activity.getId() + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX)) {
      scopes.add(body);
    }
    return scopes;
  }

  private static String read(Field field, Command<?> command) {
    try {
      return (String) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + field, e);
    }
  }

  private static Field field(Class<?> command, String name) {
    try {
      Field field = command.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(command.getName() + " has no field " + name
          + ": TaskErrorGuard cannot tell which task and code it throws", e);
    }
  }
}

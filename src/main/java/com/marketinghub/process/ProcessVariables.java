package com.marketinghub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads process variables for every process's delegates and listeners, with one clear error
 * when a record id is missing.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  /**
   * The id of the record the process instance is about: its business key, which our code sets
   * (at the start, or in the process's first step) and which no person can change afterwards,
   * unlike a variable (docs/security.md, "Authority from the database").
   *
   * @throws IllegalStateException when the instance has no business key or it is no number
   */
  public static long recordId(DelegateExecution execution) {
    return parse(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }

  /** As {@link #recordId(DelegateExecution)}, for the task's process instance. */
  public static long recordId(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      throw new IllegalStateException("Task " + task.getId() + " belongs to no process instance: "
          + "it has no record");
    }
    return recordId(execution);
  }

  private static long parse(String businessKey, String processInstanceId) {
    if (businessKey == null || businessKey.isBlank()) {
      throw new IllegalStateException("Process instance " + processInstanceId
          + " has no business key: the id of its record is missing");
    }
    try {
      return Long.parseLong(businessKey.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("Process instance " + processInstanceId
          + " has business key '" + businessKey + "', which is no record id");
    }
  }

  /**
   * A record id the process carries in a variable. The record a process is about comes from
   * {@link #recordId}; a variable id is for a second record (a play of an account, a review of a
   * request), which the service checks against the first.
   */
  public static long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable " + name
          + " is missing or not a number: " + value);
    }
    return number.longValue();
  }

  /** The variable as text, as it is; null when absent. */
  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The variable as trimmed text; null when absent or blank (a form field left empty). */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** A number the process counts with, null when absent. */
  public static Long number(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Number number ? number.longValue() : null;
  }
}

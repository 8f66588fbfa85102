package com.marketinghub.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads process variables for every process's delegates and listeners, with one clear error
 * when a record id is missing.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** A record id the process carries (leadId, requestId, launchId...). */
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

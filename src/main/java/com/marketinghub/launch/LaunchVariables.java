package com.marketinghub.launch;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads launch-coordination's variables with one clear error when one is missing. */
final class LaunchVariables {

  private LaunchVariables() {}

  static long launchId(VariableScope scope) {
    Object value = scope.getVariable(LaunchProcess.VAR_LAUNCH_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable launchId is missing or not a number: "
          + value);
    }
    return number.longValue();
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

package com.marketinghub.budget;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads budget-approval's variables with one clear error when one is missing. */
final class BudgetVariables {

  private BudgetVariables() {}

  static long requestId(VariableScope scope) {
    Object value = scope.getVariable(BudgetApprovalProcess.VAR_REQUEST_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable requestId is missing or not a number: "
          + value);
    }
    return number.longValue();
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}

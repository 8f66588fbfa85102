package com.marketinghub.lead;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the lead handoff's variables with one clear error when one is missing. */
final class LeadVariables {

  private LeadVariables() {}

  static long leadId(VariableScope scope) {
    Object value = scope.getVariable(LeadHandoffProcess.VAR_LEAD_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable leadId is missing or not a number: " + value);
    }
    return number.longValue();
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}

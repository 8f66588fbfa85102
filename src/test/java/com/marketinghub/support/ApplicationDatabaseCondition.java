package com.marketinghub.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On H2 an application test always runs; asked to run on PostgreSQL, it runs when the server
 * answers or CI=true requires it, and is skipped with a warning otherwise.
 */
public class ApplicationDatabaseCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!ApplicationTest.onPostgres()) {
      return ConditionEvaluationResult.enabled("H2");
    }
    return new PostgresAvailableCondition().evaluateExecutionCondition(context);
  }
}

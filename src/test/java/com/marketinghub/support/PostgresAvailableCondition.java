package com.marketinghub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresAvailableCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests are required");
    }
    String server = PostgresTestDatabase.serverUrl();
    DriverManager.setLoginTimeout(3);
    try (Connection ignored = DriverManager.getConnection(server,
        PostgresTestDatabase.serverUser(), PostgresTestDatabase.serverPassword())) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + server);
    } catch (SQLException e) {
      String reason = "PostgreSQL tests SKIPPED: no PostgreSQL server at " + server + " ("
          + e.getMessage() + "). Set POSTGRES_URL/POSTGRES_USER/POSTGRES_PASSWORD, or CI=true"
          + " to make them required.";
      System.err.println("[WARNING] " + reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }
}

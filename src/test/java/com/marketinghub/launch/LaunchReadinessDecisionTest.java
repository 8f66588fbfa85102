package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/launch-readiness.dmn: one row per tier. */
class LaunchReadinessDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = LaunchReadinessDecisionTest.class
        .getResourceAsStream("/bpmn/launch-readiness.dmn")) {
      decision = dmn.parseDecision(LaunchProcess.DECISION_READINESS, in);
    }
  }

  @ParameterizedTest(name = "{0}: marketing {1}, sales {2}, customer success {3}")
  @CsvSource({"T1, true, true, true", "T2, true, true, true", "T3, true, false, false"})
  void shouldNameTheSignOffsOfEachTier(String tier, boolean marketing, boolean sales,
      boolean customerSuccess) {
    var result = dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("tier", tier)).getSingleResult();

    assertThat(result.getEntryMap()).containsEntry("needMarketing", marketing)
        .containsEntry("needSales", sales).containsEntry("needCustomerSuccess", customerSuccess);
  }

  @Test
  void shouldHaveNoRowForAnUnknownTier() {
    assertThat(dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("tier", "T4")).getResultList()).isEmpty();
  }
}

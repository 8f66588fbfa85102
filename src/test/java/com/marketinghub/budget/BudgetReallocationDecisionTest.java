package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/budget-reallocation.dmn: every row, and a channel no row names. */
class BudgetReallocationDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = BudgetReallocationDecisionTest.class
        .getResourceAsStream("/bpmn/budget-reallocation.dmn")) {
      decision = dmn.parseDecision("budget-reallocation", in);
    }
  }

  @ParameterizedTest(name = "{0} -> exempt {1}, {2}%, at least {3}, {4} campaigns")
  @CsvSource({
      // Rule_Brand
      "brand, true, 0.0, 0.0, 0",
      // Rule_Events
      "events, false, 10.0, 5000.0, 2",
      // Rule_Other
      "webinar, false, 20.0, 1000.0, 2",
      "paid-search, false, 20.0, 1000.0, 2",
  })
  void shouldGiveEachChannelItsRules(String channel, boolean exempt, double maxShift,
      double minAllocation, int minCampaigns) {
    DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("channel", channel)).getSingleResult();

    assertThat(row.<Object>getEntry("exempt")).isEqualTo(exempt);
    assertThat(row.<Object>getEntry("maxShiftPercent")).isEqualTo(maxShift);
    assertThat(row.<Object>getEntry("minAllocation")).isEqualTo(minAllocation);
    assertThat(row.<Object>getEntry("minCampaigns")).isEqualTo(minCampaigns);
  }
}

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

/** bpmn/roi-review.dmn: every row, exactly at and just below each target. */
class RoiReviewDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RoiReviewDecisionTest.class.getResourceAsStream("/bpmn/roi-review.dmn")) {
      decision = dmn.parseDecision("roi-review", in);
    }
  }

  @ParameterizedTest(name = "{0}, ROI {1} -> target {2}, below {3}")
  @CsvSource(nullValues = "null", value = {
      // Rule_NoRoi
      "events, null, null, false",
      // Rule_PaidBelow / Rule_PaidMet: target 2
      "paid-search, 1.9999, 2.0, true",
      "paid-social, 2, 2.0, false",
      "paid-search, 5, 2.0, false",
      // Rule_RetentionBelow / Rule_RetentionMet: target 0
      "retention, -0.0001, 0.0, true",
      "retention, 0, 0.0, false",
      // Rule_OtherBelow / Rule_OtherMet: target 1
      "events, 0.9999, 1.0, true",
      "webinar, 1, 1.0, false",
      "webinar, -1, 1.0, true",
  })
  void shouldCompareTheRoiWithItsChannelsTarget(String channel, Double roi, Double target,
      boolean below) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("channel", channel).putValue("roi", roi))
        .getSingleResult();

    assertThat(result.<Object>getEntry("targetRoi")).isEqualTo(target);
    assertThat(result.<Object>getEntry("belowTarget")).isEqualTo(below);
  }
}

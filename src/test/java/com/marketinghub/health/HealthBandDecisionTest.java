package com.marketinghub.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/health-band.dmn: every row, on both sides of each limit. */
class HealthBandDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = HealthBandDecisionTest.class.getResourceAsStream("/bpmn/health-band.dmn")) {
      decision = dmn.parseDecision("health-band", in);
    }
  }

  @ParameterizedTest(name = "score {0} -> {1}")
  @CsvSource({"0, AT_RISK", "39, AT_RISK", "40, WATCH", "69, WATCH", "70, HEALTHY",
      "100, HEALTHY"})
  void shouldBandTheScore(int score, String band) {
    String result = dmn.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("score", score)).getSingleEntry();

    assertThat(result).isEqualTo(band);
  }
}

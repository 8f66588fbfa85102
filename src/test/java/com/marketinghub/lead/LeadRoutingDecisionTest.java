package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/lead-routing.dmn: every rule row, with the values on both sides of each boundary. */
class LeadRoutingDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = LeadRoutingDecisionTest.class.getResourceAsStream("/bpmn/lead-routing.dmn")) {
      decision = dmn.parseDecision(LeadHandoffProcess.DECISION_ROUTING, in);
    }
  }

  @ParameterizedTest(name = "score {0}, {1}, {2} employees -> {3} {4}")
  @CsvSource(nullValues = "null", value = {
      // Rule_Disqualified: score below 30
      "0, DE, 500, DISQUALIFIED, null",
      "29, US, 5000, DISQUALIFIED, null",
      // Rule_Nurture: 30 up to 49
      "30, DE, 500, NURTURE, null",
      "49, US, 5, NURTURE, null",
      // Rule_Smb: 50 and more, fewer than 50 employees, any country
      "50, US, 49, MQL, sales-smb",
      "95, JP, 0, MQL, sales-smb",
      // Rule_NorthAmerica
      "50, US, 50, MQL, sales-na",
      "80, CA, 1000, MQL, sales-na",
      "80, MX, 200, MQL, sales-na",
      // Rule_Apac
      "50, AU, 50, MQL, sales-apac",
      "70, SG, 300, MQL, sales-apac",
      "70, IN, 300, MQL, sales-apac",
      // Rule_EmeaAndRest: Europe, and every country not listed
      "50, DE, 50, MQL, sales-emea",
      "90, ZA, 900, MQL, sales-emea",
      "90, BR, 900, MQL, sales-emea",
      "90, '', 900, MQL, sales-emea"})
  void shouldQualifyAndRoute(int score, String country, int companySize, String qualification,
      String team) {
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("score", score).putValue("country", country)
        .putValue("companySize", companySize).putValue("leadType", "NEW")).getSingleResult();

    // An empty output cell gives no entry at all, which the process reads as null.
    assertThat(result.getEntryMap().get("qualification")).isEqualTo(qualification);
    assertThat(result.getEntryMap().get("team")).isEqualTo(team);
  }

  @ParameterizedTest(name = "expansion, score {0}, {1}, {2} employees -> {3}")
  @CsvSource(nullValues = "null", value = {
      // Never disqualified or nurtured: the territory rows whatever the score.
      "0, DE, 500, sales-emea",
      "45, US, 500, sales-na",
      "10, JP, 500, sales-apac",
      "29, DE, 10, sales-smb",
      "90, '', 0, sales-smb"})
  void shouldRouteEveryExpansionToItsTerritory(int score, String country, int companySize,
      String team) {
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("score", score).putValue("country", country)
        .putValue("companySize", companySize).putValue("leadType", "EXPANSION"))
        .getSingleResult();

    assertThat(result.getEntryMap()).containsEntry("qualification", "MQL")
        .containsEntry("team", team);
  }

  @ParameterizedTest(name = "customer of {4}, score {0}, {1}, {2} employees -> {3} {5}")
  @CsvSource(nullValues = "null", value = {
      // Rule_AccountOwnerTeam: after the thresholds, before SMB and the territories
      "50, DE, 500, MQL, sales-na, sales-na",
      "90, US, 10, MQL, sales-apac, sales-apac",
      "29, DE, 500, DISQUALIFIED, sales-na, null",
      "49, DE, 500, NURTURE, sales-na, null",
      // no owner team (no account, or a churned one): the territory
      "50, DE, 500, MQL, null, sales-emea"})
  void shouldRouteALeadOfACustomerToTheAccountsOwnerTeam(int score, String country,
      int companySize, String qualification, String ownerTeam, String team) {
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("score", score).putValue("country", country)
        .putValue("companySize", companySize).putValue("leadType", "NEW")
        .putValue("accountOwnerTeam", ownerTeam)).getSingleResult();

    assertThat(result.getEntryMap().get("qualification")).isEqualTo(qualification);
    assertThat(result.getEntryMap().get("team")).isEqualTo(team);
  }

  @Test
  void shouldHaveOneRowPerRouteAndFirstHitPolicy() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/bpmn/lead-routing.dmn")) {
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xml).contains("hitPolicy=\"FIRST\"");
      assertThat(xml.split("<rule ", -1)).hasSize(8);
    }
  }
}

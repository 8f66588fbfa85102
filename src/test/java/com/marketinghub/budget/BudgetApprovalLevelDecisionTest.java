package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/budget-approval-level.dmn: every row, exactly at and just past each limit. */
class BudgetApprovalLevelDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = BudgetApprovalLevelDecisionTest.class
        .getResourceAsStream("/bpmn/budget-approval-level.dmn")) {
      decision = dmn.parseDecision("budget-approval-level", in);
    }
  }

  @ParameterizedTest(name = "{0} {1}, over budget {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // Rule_MarketingLead alone: up to 5,000
      "0.01     | events      | false | marketing",
      "5000     | paid-search | false | marketing",
      // + Rule_MarketingManagers: above 5,000
      "5000.01  | paid-search | false | marketing,marketing-managers",
      "50000    | events      | false | marketing,marketing-managers",
      // + Rule_FinanceAmount: above 50,000
      "50000.01 | events      | false | marketing,marketing-managers,finance",
      // Rule_FinanceOverBudget: over budget always adds finance, at any amount
      "100      | webinar     | true  | marketing,finance",
      "5000.01  | webinar     | true  | marketing,marketing-managers,finance",
      // over budget and above 50,000: both rows match, the group comes twice (deduplicated
      // by ApprovalLevels)
      "60000    | webinar     | true  | marketing,marketing-managers,finance,finance",
  })
  void shouldCollectTheApproverGroupsInLevelOrder(double amount, String channel,
      boolean overBudget, String groups) {
    List<Object> result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue("amount", amount).putValue("channel", channel)
            .putValue("overBudget", overBudget))
        .collectEntries("approverGroup");

    assertThat(result).containsExactlyElementsOf(Arrays.asList((Object[]) groups.split(",")));
  }

  @ParameterizedTest(name = "{0}, over budget {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "5000     | false | marketing",
      "60000    | true  | marketing,marketing-managers,finance",
      "100      | true  | marketing,finance",
  })
  void shouldGiveEachGroupOnceInLevelOrder(double amount, boolean overBudget, String groups) {
    List<Map<String, Object>> rows = dmn.evaluateDecisionTable(decision,
            Variables.createVariables().putValue("amount", amount).putValue("channel", "events")
                .putValue("overBudget", overBudget))
        .getResultList();
    java.util.Collections.reverse(rows);

    assertThat(ApprovalLevels.approverGroups(rows)).containsExactly(groups.split(","));
  }

  @Test
  void shouldRefuseADecisionThatNamesNoApprover() {
    assertThatThrownBy(() -> ApprovalLevels.approverGroups(List.of()))
        .hasMessageContaining("names no approver");
  }
}

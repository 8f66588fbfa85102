package com.marketinghub.budget;

import com.marketinghub.common.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The rules of decision {@code budget-reallocation} as deployed now (an admin's redeployed table
 * counts from its next proposal): one row per channel, the first that matches.
 */
@Component
class ReallocationRuleTable {

  static final String DECISION = "budget-reallocation";

  private final ProcessEngine engine;

  ReallocationRuleTable(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The rules of each channel, evaluated when asked (the decision's history shows each). */
  Function<String, ReallocationRules> rules() {
    return channel -> {
      DmnDecisionRuleResult row = engine.getDecisionService()
          .evaluateDecisionTableByKey(DECISION,
              Variables.createVariables().putValue("channel", channel))
          .getSingleResult();
      if (row == null) {
        throw new IllegalStateException("Decision " + DECISION + " has no row for channel "
            + channel + ": its last row should match every channel");
      }
      Map<String, Object> entries = row.getEntryMap();
      BigDecimal maxShift = decimal(entries, "maxShiftPercent");
      if (maxShift.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalStateException("Decision " + DECISION + " lets " + channel
            + " shift " + maxShift + "% of its allocation: at most 100");
      }
      return new ReallocationRules(Boolean.TRUE.equals(entries.get("exempt")), maxShift,
          Money.parseMinor(decimal(entries, "minAllocation").toPlainString()),
          decimal(entries, "minCampaigns").intValueExact());
    };
  }

  private static BigDecimal decimal(Map<String, Object> entries, String name) {
    Object value = entries.get(name);
    if (value == null) {
      throw new IllegalStateException("Decision " + DECISION + " gave no " + name);
    }
    BigDecimal decimal = new BigDecimal(value.toString());
    if (decimal.signum() < 0) {
      throw new IllegalStateException("Decision " + DECISION + " gave a negative " + name);
    }
    return decimal;
  }
}

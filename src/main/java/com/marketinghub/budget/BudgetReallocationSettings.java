package com.marketinghub.budget;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What bpmn/budget-reallocation.bpmn reads: {@code ${budgetReallocationSettings.cron}}. */
@Component("budgetReallocationSettings")
public class BudgetReallocationSettings {

  private final String cron;

  BudgetReallocationSettings(
      @Value("${marketing-hub.budget-reallocation.cron:0 0 6 1 1,4,7,10 ?}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}

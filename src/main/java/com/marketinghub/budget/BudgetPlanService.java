package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.FieldErrors;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Finance's allocation of a channel in a quarter: the amount the ledger books against. */
@Service
class BudgetPlanService {

  private final BudgetRepository budget;
  private final BudgetLedger ledger;
  private final Clock clock;

  BudgetPlanService(BudgetRepository budget, BudgetLedger ledger, Clock clock) {
    this.budget = budget;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Creates or replaces the allocation, after checking every field so one answer names all
   * that is wrong.
   *
   * @param quarter a valid quarter, as {@code Quarter.parse} returns it
   * @param allocated decimal text with at most two decimals, like 10000.00
   * @param currency one of {@link BudgetRequestInput#CURRENCIES}, in any case
   * @return the budget line with the new allocation
   * @throws com.marketinghub.common.InvalidFieldsException naming each wrong field
   */
  BudgetLine savePlan(String quarter, String channel, String allocated, String currency,
      String by) {
    FieldErrors errors = new FieldErrors().require("allocated", allocated)
        .require("currency", currency);
    long allocatedMinor = 0;
    if (allocated != null && !allocated.isBlank()) {
      try {
        allocatedMinor = Money.parseMinor(allocated);
      } catch (IllegalArgumentException | ArithmeticException e) {
        errors.reject("allocated", "must be an amount with at most two decimals, like 10000.00");
      }
    }
    String code = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
    if (code != null && !code.isEmpty() && !BudgetRequestInput.CURRENCIES.contains(code)) {
      errors.reject("currency", "must be one of "
          + BudgetRequestInput.CURRENCIES.stream().sorted().toList());
    }
    errors.throwIfAny("budget plan");
    String ch = channel.trim().toLowerCase(Locale.ROOT);
    budget.savePlan(new BudgetRepository.Plan(quarter, ch, allocatedMinor, code), by,
        OffsetDateTime.now(clock));
    return ledger.line(quarter, ch);
  }
}

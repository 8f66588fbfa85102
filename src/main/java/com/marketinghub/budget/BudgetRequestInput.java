package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.Quarter;
import com.marketinghub.common.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A budget request as a person types it (API body or Tasklist start form, the same field
 * names): amounts as decimal text or numbers, dates as YYYY-MM-DD. {@link #toRequest()} names
 * every wrong field at once.
 */
public record BudgetRequestInput(Long campaignId, String campaignName, String channel,
    String quarter, Object amount, String currency, Object expectedLeads, Object expectedRevenue,
    String campaignEndDate, String justification) {

  /** Currencies with two decimals that Finance books. */
  static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "CHF");

  public NewBudgetRequest toRequest() {
    FieldErrors errors = new FieldErrors()
        .require("campaignName", campaignName).maxLength("campaignName", campaignName, 200)
        .require("channel", channel).maxLength("channel", channel, 50)
        .require("quarter", quarter)
        .require("amount", amount)
        .require("currency", currency)
        .maxLength("justification", justification, 2000);
    String normalQuarter = null;
    if (quarter != null && !quarter.isBlank()) {
      try {
        normalQuarter = Quarter.parse(quarter);
      } catch (IllegalArgumentException e) {
        errors.reject("quarter", "must be a quarter like 2026-Q4");
      }
    }
    Long amountMinor = minor("amount", amount, errors);
    if (amountMinor != null && amountMinor == 0) {
      errors.reject("amount", "must be more than 0");
    }
    String currencyCode = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
    if (currencyCode != null && !currencyCode.isEmpty() && !CURRENCIES.contains(currencyCode)) {
      errors.reject("currency", "must be one of " + CURRENCIES.stream().sorted().toList());
    }
    Integer leads = null;
    if (expectedLeads != null && !expectedLeads.toString().isBlank()) {
      try {
        leads = new java.math.BigDecimal(expectedLeads.toString().trim()).intValueExact();
        if (leads < 0) {
          errors.reject("expectedLeads", "must not be negative");
        }
      } catch (ArithmeticException | NumberFormatException e) {
        errors.reject("expectedLeads", "must be a whole number");
      }
    }
    Long revenue = minor("expectedRevenue", expectedRevenue, errors);
    LocalDate end = null;
    if (campaignEndDate != null && !campaignEndDate.isBlank()) {
      try {
        // Tasklist's date field may send a time after the date.
        end = LocalDate.parse(campaignEndDate.trim().substring(0,
            Math.min(10, campaignEndDate.trim().length())));
      } catch (DateTimeParseException e) {
        errors.reject("campaignEndDate", "must be a date like 2026-12-31");
      }
    }
    errors.throwIfAny("budget request");
    return new NewBudgetRequest(campaignId, campaignName.trim(),
        channel.trim().toLowerCase(Locale.ROOT),
        normalQuarter, amountMinor, currencyCode, leads, revenue, end,
        justification == null || justification.isBlank() ? null : justification.trim());
  }

  private static Long minor(String field, Object value, FieldErrors errors) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return Money.parseMinor(value instanceof Double d
          ? java.math.BigDecimal.valueOf(d).toPlainString() : value.toString());
    } catch (IllegalArgumentException | ArithmeticException e) {
      errors.reject(field, "must be an amount with at most two decimals, like 4000.50");
      return null;
    }
  }
}

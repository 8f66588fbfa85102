package com.marketinghub.budget;

import com.marketinghub.budget.FxRateRepository.FxRate;
import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Exchange rates from Finance (kind {@code fx-rates}, Finance only): on {@code date} one unit of
 * {@code from} is worth {@code rate} units of {@code to}. Natural key: date + from + to; the same
 * key again is unchanged, or takes the file's rate. Campaign ROI converts deals with them
 * (docs/budget.md, "Campaign ROI").
 */
@Component
class FxRateImportKind implements ImportKind<FxRate> {

  /** Decimals a rate may have (fx_rate.rate is numeric(24, 10)). */
  static final int RATE_SCALE = 10;

  /** The ISO 4217 codes java.util.Currency knows. */
  private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("date", "Rate Date", "Valid On"),
      ImportColumn.required("from", "From Currency", "Base Currency"),
      ImportColumn.required("to", "To Currency", "Quote Currency"),
      ImportColumn.required("rate", "Exchange Rate", "FX Rate"));

  private final FxRateRepository rates;
  private final Clock clock;

  FxRateImportKind(FxRateRepository rates, Clock clock) {
    this.rates = rates;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "fx-rates";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public FxRate parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    LocalDate date = date(row.get("date"), problems);
    String from = currency("from", row.get("from"), problems);
    String to = currency("to", row.get("to"), problems);
    if (from != null && from.equals(to)) {
      problems.add("from and to are both " + from);
    }
    BigDecimal rate = rate(row.get("rate"), problems);
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new FxRate(date, from, to, rate);
  }

  @Override
  public List<RowOutcome> write(List<FxRate> records) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (FxRate rate : records) {
      Optional<BigDecimal> known = rates.find(rate.date(), rate.from(), rate.to());
      if (known.isEmpty()) {
        rates.insert(rate, now);
        outcomes.add(RowOutcome.CREATED);
      } else if (known.get().compareTo(rate.rate()) == 0) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        rates.update(rate, now);
        outcomes.add(RowOutcome.UPDATED);
      }
    }
    return outcomes;
  }

  private static LocalDate date(String value, List<String> problems) {
    if (value == null) {
      problems.add("date is required");
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add("date '" + value + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  /** An ISO 4217 code java.util.Currency knows, upper-case. */
  private static String currency(String column, String value, List<String> problems) {
    if (value == null) {
      problems.add(column + " is required");
      return null;
    }
    String code = value.trim().toUpperCase(Locale.ROOT);
    if (!CURRENCIES.contains(code)) {
      problems.add(column + " '" + value + "' is not an ISO 4217 currency code");
      return null;
    }
    return code;
  }

  private static BigDecimal rate(String value, List<String> problems) {
    if (value == null) {
      problems.add("rate is required");
      return null;
    }
    BigDecimal rate;
    try {
      rate = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      problems.add("rate '" + value + "' is not a decimal number");
      return null;
    }
    if (rate.signum() <= 0) {
      problems.add("rate '" + value + "' is not positive");
      return null;
    }
    if (rate.stripTrailingZeros().scale() > RATE_SCALE) {
      problems.add("rate '" + value + "' has more than " + RATE_SCALE + " decimals");
      return null;
    }
    return rate;
  }
}

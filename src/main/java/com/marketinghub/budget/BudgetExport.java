package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.Quarter;
import com.marketinghub.sync.CsvExport;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * budget.csv: each quarter and channel's allocation, open commitments, actuals (spent), releases,
 * what remains, and the campaigns that spent beyond their commitment (docs/budget.md).
 */
@Component
class BudgetExport implements CsvExport {

  private static final List<String> COLUMNS = List.of("quarter", "channel", "currency",
      "allocated", "committed", "spent", "released", "remaining", "overCommitment",
      "overCommittedCampaigns");

  private final BudgetLedger ledger;
  private final BudgetRepository budget;

  BudgetExport(BudgetLedger ledger, BudgetRepository budget) {
    this.ledger = ledger;
    this.budget = budget;
  }

  @Override
  public String name() {
    return "budget";
  }

  @Override
  public List<String> header() {
    return COLUMNS;
  }

  @Override
  public Map<String, String> filters() {
    return Map.of("quarter", "one quarter, like 2026-Q4 (default: every quarter)");
  }

  @Override
  public void checkFilters(Map<String, String> filters) {
    if (filters.get("quarter") != null) {
      Quarter.parse(filters.get("quarter"));
    }
  }

  @Override
  public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
    // A few hundred lines at most (quarters x channels): no need to stream from the database.
    List<String> quarters = filters.get("quarter") != null
        ? List.of(Quarter.parse(filters.get("quarter")))
        : budget.quarters();
    for (String quarter : quarters) {
      for (BudgetLine line : ledger.summary(quarter)) {
        row.accept(new String[] {line.quarter(), line.channel(), line.currency(),
            Money.format(line.allocated()), Money.format(line.committed()),
            Money.format(line.spent()), Money.format(line.released()),
            Money.format(line.remaining()), Money.format(line.overCommitment()),
            line.overCommitments().stream()
                .map(over -> over.campaign() + ": " + Money.format(over.over()))
                .collect(Collectors.joining("; "))});
      }
    }
  }
}

package com.marketinghub.budget;

import com.marketinghub.common.Quarter;
import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Budget plans as CSV rows (kind {@code budget-plans}, Finance only): one allocation per quarter
 * and channel, the natural key; a row for a planned line replaces its allocation.
 */
@Component
class BudgetPlanImportKind implements ImportKind<BudgetRepository.Plan> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("quarter", "Fiscal Quarter", "Period"),
      ImportColumn.required("channel", "Marketing Channel"),
      ImportColumn.required("allocated", "Allocation", "Budget", "Amount"),
      ImportColumn.required("currency", "Currency Code"));

  private final BudgetRepository budget;
  private final Clock clock;

  BudgetPlanImportKind(BudgetRepository budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "budget-plans";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public BudgetRepository.Plan parse(CsvRow row, ImportContext context)
      throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    String quarter = BudgetImportRows.quarter(row.get("quarter"), null, problems);
    String channel = BudgetImportRows.channel(row.get("channel"), problems);
    Long allocated = BudgetImportRows.amount("allocated", row.get("allocated"), problems);
    String currency = BudgetImportRows.currency(row.get("currency"), problems);
    if (!problems.isEmpty()) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return new BudgetRepository.Plan(quarter, channel, allocated, currency);
  }

  @Override
  public List<RowOutcome> write(List<BudgetRepository.Plan> records) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<RowOutcome> outcomes = new ArrayList<>(records.size());
    for (BudgetRepository.Plan plan : records) {
      var existing = budget.findPlan(plan.quarter(), plan.channel());
      if (existing.isPresent() && existing.get().equals(plan)) {
        outcomes.add(RowOutcome.UNCHANGED);
      } else {
        budget.savePlan(plan, "csv-import", now);
        outcomes.add(existing.isPresent() ? RowOutcome.UPDATED : RowOutcome.CREATED);
      }
    }
    return outcomes;
  }
}

package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.sync.CsvRow;
import com.marketinghub.sync.ImportColumn;
import com.marketinghub.sync.ImportContext;
import com.marketinghub.sync.ImportKind;
import com.marketinghub.sync.RowOutcome;
import com.marketinghub.sync.RowRejectedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Daily feature usage per account (kind {@code feature-usage}); natural key: account, feature
 * and day. The account must be known (kind {@code accounts} first); missing counts are 0.
 */
@Component
class FeatureUsageImportKind implements ImportKind<FeatureUsageRow> {

  private static final List<ImportColumn> COLUMNS = List.of(
      ImportColumn.required("accountId", "Account ID", "Company ID"),
      ImportColumn.required("featureKey", "Feature", "Feature Key"),
      ImportColumn.required("day", "Date", "Day"),
      ImportColumn.optional("activeUsers", "Active Users"),
      ImportColumn.optional("events", "Events", "Usage Events"));

  private final AccountRepository accounts;
  private final FeatureUsageRepository usage;

  FeatureUsageImportKind(AccountRepository accounts, FeatureUsageRepository usage) {
    this.accounts = accounts;
    this.usage = usage;
  }

  @Override
  public String name() {
    return "feature-usage";
  }

  @Override
  public List<ImportColumn> columns() {
    return COLUMNS;
  }

  @Override
  public FeatureUsageRow parse(CsvRow row, ImportContext context) throws RowRejectedException {
    List<String> problems = new ArrayList<>();
    FeatureUsageRow parsed = FeatureUsageRow.parse(row.get("accountId"), row.get("featureKey"),
        row.get("day"), row.get("activeUsers"), row.get("events"), accounts, problems);
    if (parsed == null) {
      throw new RowRejectedException(String.join("; ", problems));
    }
    return parsed;
  }

  @Override
  public List<RowOutcome> write(List<FeatureUsageRow> records) {
    return records.stream().map(row -> usage.save(row.accountId(), row.featureKey(), row.day(),
        row.activeUsers(), row.events())).toList();
  }
}

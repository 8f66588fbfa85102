package com.marketinghub.launch;

import com.marketinghub.account.AccountRepository;
import com.marketinghub.sync.RowValues;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of a feature's use by an account, checked the same way for a CSV row and for
 * POST /api/feature-usage.
 */
record FeatureUsageRow(long accountId, String featureKey, LocalDate day, int activeUsers,
    int events) {

  /** The row, or null with every problem added to {@code problems}. */
  static FeatureUsageRow parse(String accountId, String featureKey, String day,
      String activeUsers, String events, AccountRepository accounts, List<String> problems) {
    Long account = null;
    if (RowValues.required("accountId", accountId, 200, problems) != null) {
      account = accounts.idOf(accountId.trim()).orElse(null);
      if (account == null) {
        problems.add("no account " + accountId + "; import accounts first");
      }
    }
    RowValues.required("featureKey", featureKey, 100, problems);
    LocalDate date = RowValues.date("day", day, problems);
    if (day == null) {
      problems.add("day is required");
    }
    int active = RowValues.count("activeUsers", activeUsers, problems);
    int count = RowValues.count("events", events, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new FeatureUsageRow(account, featureKey.trim(), date, active, count);
  }
}

package com.marketinghub.launch;

import com.marketinghub.sync.RowOutcome;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** feature_usage: one row per account, feature and day. */
@Repository
class FeatureUsageRepository {

  private final JdbcClient jdbc;

  FeatureUsageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Created, replaced when it differs, or left as it is. */
  RowOutcome save(long accountId, String featureKey, LocalDate day, int activeUsers,
      int events) {
    int[] stored = jdbc.sql("""
            select active_users, events from feature_usage
            where account_id = :account and feature_key = :feature and usage_day = :day""")
        .param("account", accountId).param("feature", featureKey).param("day", day)
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional().orElse(null);
    if (stored != null && stored[0] == activeUsers && stored[1] == events) {
      return RowOutcome.UNCHANGED;
    }
    String sql = stored == null ? """
        insert into feature_usage (account_id, feature_key, usage_day, active_users, events)
        values (:account, :feature, :day, :active, :events)""" : """
        update feature_usage set active_users = :active, events = :events
        where account_id = :account and feature_key = :feature and usage_day = :day""";
    jdbc.sql(sql).param("account", accountId).param("feature", featureKey).param("day", day)
        .param("active", activeUsers).param("events", events).update();
    return stored == null ? RowOutcome.CREATED : RowOutcome.UPDATED;
  }
}

package com.marketinghub.launch;

import com.marketinghub.sync.RowOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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

  /**
   * The accounts (table ids, not churned) whose plan is one of {@code segments} and that did not
   * use the feature between from and to, both inclusive.
   */
  List<Long> notUsing(List<String> segments, String featureKey, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select a.id from account a
            where not a.churned and lower(a.plan) in (:segments)
                and not exists (select 1 from feature_usage u where u.account_id = a.id
                    and u.feature_key = :feature and u.usage_day between :from and :to
                    and (u.active_users > 0 or u.events > 0))
            order by a.id""")
        .param("segments", segments).param("feature", featureKey)
        .param("from", from).param("to", to)
        .query(Long.class).list();
  }

  /** The accounts, not churned, whose plan is one of the segments: a launch's targeted ones. */
  int countOnPlans(List<String> segments) {
    return jdbc.sql("""
            select count(*) from account a
            where not a.churned and lower(a.plan) in (:segments)""")
        .param("segments", segments).query(Long.class).single().intValue();
  }

  /**
   * Of the targeted accounts, those active between from and to: any activity in their daily
   * signals, or any use of the feature.
   */
  int countActive(List<String> segments, String featureKey, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select count(*) from account a
            where not a.churned and lower(a.plan) in (:segments) and (
                exists (select 1 from account_signal s where s.account_id = a.id
                    and s.signal_day between :from and :to
                    and (s.active_users > 0 or s.usage_events > 0))
                or exists (select 1 from feature_usage u where u.account_id = a.id
                    and u.feature_key = :feature and u.usage_day between :from and :to
                    and (u.active_users > 0 or u.events > 0)))""")
        .params(window(segments, featureKey, from, to)).query(Long.class).single().intValue();
  }

  /** Each day a targeted account used the feature between from and to: (account, day). */
  void forEachUse(List<String> segments, String featureKey, LocalDate from, LocalDate to,
      BiConsumer<Long, LocalDate> use) {
    jdbc.sql("""
            select u.account_id, u.usage_day from feature_usage u join account a
                on a.id = u.account_id
            where not a.churned and lower(a.plan) in (:segments) and u.feature_key = :feature
                and u.usage_day between :from and :to and (u.active_users > 0 or u.events > 0)""")
        .params(window(segments, featureKey, from, to))
        .query(rs -> {
          use.accept(rs.getLong(1), rs.getObject(2, LocalDate.class));
        });
  }

  private static Map<String, Object> window(List<String> segments, String featureKey,
      LocalDate from, LocalDate to) {
    return Map.of("segments", segments, "feature", featureKey, "from", from, "to", to);
  }
}

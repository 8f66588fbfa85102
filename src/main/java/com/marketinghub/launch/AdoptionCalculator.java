package com.marketinghub.launch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The adoption of a launch's feature over a window of days (both inclusive): among the targeted
 * accounts (their plan is a target segment, not churned) that were active, the share that used
 * the feature. An account without any usage row simply did not adopt; one without any activity
 * at all is not counted (docs/launches.md).
 */
@Component
class AdoptionCalculator {

  private final JdbcClient jdbc;
  private final Clock clock;

  AdoptionCalculator(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Adoption measure(Launch launch, LocalDate from, LocalDate to) {
    Map<String, Object> params = Map.of("segments", launch.targetSegments(), "feature",
        launch.featureKey(), "from", from, "to", to);
    int targeted = count("""
        select count(*) from account a
        where not a.churned and lower(a.plan) in (:segments)""", params);
    List<Long> active = jdbc.sql("""
            select a.id from account a
            where not a.churned and lower(a.plan) in (:segments) and (
                exists (select 1 from account_signal s where s.account_id = a.id
                    and s.signal_day between :from and :to
                    and (s.active_users > 0 or s.usage_events > 0))
                or exists (select 1 from feature_usage u where u.account_id = a.id
                    and u.feature_key = :feature and u.usage_day between :from and :to
                    and (u.active_users > 0 or u.events > 0)))""")
        .params(params).query(Long.class).list();
    Map<Long, Set<String>> weeksByAccount = new LinkedHashMap<>();
    jdbc.sql("""
            select u.account_id, u.usage_day from feature_usage u join account a
                on a.id = u.account_id
            where not a.churned and lower(a.plan) in (:segments) and u.feature_key = :feature
                and u.usage_day between :from and :to and (u.active_users > 0 or u.events > 0)""")
        .params(params)
        .query(rs -> {
          weeksByAccount.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
              .add(week(rs.getObject(2, LocalDate.class)));
        });
    int adopting = weeksByAccount.size();
    Set<String> weeks = new LinkedHashSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      weeks.add(week(day));
    }
    List<Adoption.Week> trend = weeks.stream().map(week -> new Adoption.Week(week,
        (int) weeksByAccount.values().stream().filter(used -> used.contains(week)).count()))
        .toList();
    BigDecimal share = active.isEmpty() ? null : BigDecimal.valueOf(adopting)
        .divide(BigDecimal.valueOf(active.size()), 4, RoundingMode.HALF_UP);
    boolean below = share == null || share.compareTo(launch.adoptionTarget()) < 0;
    Rating rating = jdbc.sql("""
            select avg(cast(rating as decimal(10, 4))), count(*) from feedback
            where (launch_id = :launch or feature_key = :feature)
                and received_at >= :start and received_at < :end""")
        .param("launch", launch.id()).param("feature", launch.featureKey())
        .param("start", from.atStartOfDay(clock.getZone()).toOffsetDateTime())
        .param("end", to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
        .query((rs, n) -> new Rating(rs.getBigDecimal(1), rs.getInt(2))).single();
    BigDecimal average = rating.count() == 0 ? null
        : rating.average().setScale(2, RoundingMode.HALF_UP);
    return new Adoption(from, to, targeted, active.size(), adopting, share, below, trend,
        average, rating.count());
  }

  /** Comments of the feedback on the launch or its feature, newest first. */
  List<String> comments(Launch launch, int most) {
    return jdbc.sql("""
            select rating, channel, received_at, comment from feedback
            where (launch_id = :launch or feature_key = :feature) and comment is not null
            order by received_at desc, id desc fetch first :most rows only""")
        .param("launch", launch.id()).param("feature", launch.featureKey())
        .param("most", most)
        .query((rs, n) -> rs.getInt(1) + "/5 (" + rs.getString(2) + ", "
            + rs.getObject(3, OffsetDateTime.class)
            .atZoneSameInstant(clock.getZone()).toLocalDate() + "): " + rs.getString(4))
        .list();
  }

  private int count(String sql, Map<String, Object> params) {
    return jdbc.sql(sql).params(params).query(Long.class).single().intValue();
  }

  private record Rating(BigDecimal average, int count) {}

  static String week(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
